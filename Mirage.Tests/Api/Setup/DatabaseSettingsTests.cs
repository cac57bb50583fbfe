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

    [Test]
    public void From_WithAnUnknownProvider_StopsWithAMessageListingTheChoices()
    {
        var oracle = Configuration(("Database:Provider", "Oracle"));

        Assert.That(() => DatabaseSettings.From(oracle), Throws.InvalidOperationException.With.Message.Contains("Sqlite, Postgres"));
    }

    private static IConfiguration Configuration(params (string Key, string Value)[] values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values.Select(v => KeyValuePair.Create(v.Key, (string?)v.Value))).Build();
}
