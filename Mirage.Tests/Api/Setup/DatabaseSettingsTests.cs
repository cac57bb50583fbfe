using Microsoft.Extensions.Configuration;
using Mirage.Api.Setup;
using Mirage.Infrastructure.Persistence;

namespace Mirage.Tests.Api.Setup;

public sealed class DatabaseSettingsTests
{
    [Test]
    public void From_WithNothingConfigured_UsesSqliteBesideTheServer()
    {
        var settings = DatabaseSettings.From(Configuration());

        Assert.That(settings, Is.EqualTo(new DatabaseSettings(DatabaseProvider.Sqlite, "Data Source=mirage.db")));
    }

    [Test]
    public void From_WithPostgresAndAConnectionString_UsesThem()
    {
        var settings = DatabaseSettings.From(Configuration(("Database:Provider", "postgres"), ("ConnectionStrings:Mirage", "Host=db;Database=mirage")));

        Assert.That(settings, Is.EqualTo(new DatabaseSettings(DatabaseProvider.Postgres, "Host=db;Database=mirage")));
    }

    [Test]
    public void From_WithPostgresButNoConnectionString_StopsWithAMessageNamingTheSetting()
    {
        var postgres = Configuration(("Database:Provider", "Postgres"), ("ConnectionStrings:Mirage", ""));

        Assert.That(() => DatabaseSettings.From(postgres), Throws.InvalidOperationException.With.Message.Contains("ConnectionStrings:Mirage"));
    }

    [TestCase("Oracle")]
    [TestCase("1")]
    [TestCase("7")]
    public void From_WithAnUnknownProvider_StopsWithAMessageListingTheChoices(string provider)
    {
        var unknown = Configuration(("Database:Provider", provider));

        Assert.That(() => DatabaseSettings.From(unknown), Throws.InvalidOperationException.With.Message.Contains("Sqlite, Postgres"));
    }

    private static IConfiguration Configuration(params (string Key, string Value)[] values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values.Select(v => KeyValuePair.Create(v.Key, (string?)v.Value))).Build();
}
