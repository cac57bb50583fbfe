using Microsoft.Extensions.Options;
using Mirage.Infrastructure;

namespace Mirage.Tests.Api.Setup;

public sealed class DatabaseSettingsTests
{
    [Test]
    public void Settings_WithNothingConfigured_UseSqliteBesideTheServer()
    {
        var settings = ConfiguredSettings.Of<DatabaseSettings>();

        Assert.That((settings.ProviderKind, settings.EffectiveConnectionString), Is.EqualTo((DatabaseProvider.Sqlite, "Data Source=mirage.db")));
    }

    [Test]
    public void Settings_WithPostgresAndAConnectionString_UseThem()
    {
        var settings = ConfiguredSettings.Of<DatabaseSettings>(("Database:Provider", "postgres"), ("ConnectionStrings:Mirage", "Host=db;Database=mirage"));

        Assert.That((settings.ProviderKind, settings.EffectiveConnectionString), Is.EqualTo((DatabaseProvider.Postgres, "Host=db;Database=mirage")));
    }

    [Test]
    public void Settings_WithPostgresButNoConnectionString_StopWithAMessageNamingTheSetting()
    {
        Assert.That(
            () => ConfiguredSettings.Of<DatabaseSettings>(("Database:Provider", "Postgres"), ("ConnectionStrings:Mirage", "")),
            Throws.TypeOf<OptionsValidationException>().With.Message.Contains("ConnectionStrings:Mirage"));
    }

    [TestCase("Oracle")]
    [TestCase("1")]
    [TestCase("7")]
    public void Settings_WithAnUnknownProvider_StopWithAMessageListingTheChoices(string provider)
    {
        Assert.That(
            () => ConfiguredSettings.Of<DatabaseSettings>(("Database:Provider", provider)),
            Throws.TypeOf<OptionsValidationException>().With.Message.Contains("Sqlite, Postgres"));
    }

    [Test]
    public void ProviderAndConnectionString_OfSettingsThatFailedTheirCheck_AreNeverGuessed()
    {
        var unknown = new DatabaseSettings { Provider = "Oracle", ConnectionString = "Data Source=x.db" };
        var postgresWithout = new DatabaseSettings { Provider = "Postgres" };

        using (Assert.EnterMultipleScope())
        {
            Assert.That(() => unknown.ProviderKind, Throws.InvalidOperationException.With.Message.Contains("Sqlite, Postgres"));
            Assert.That(() => postgresWithout.EffectiveConnectionString, Throws.InvalidOperationException.With.Message.Contains("ConnectionStrings:Mirage"));
        }
    }
}
