using Microsoft.Extensions.Options;
using Mirage.Infrastructure;
using Mirage.Tests.Api.Support;

namespace Mirage.Tests.Api.Setup;

/// <summary>A setting that could never work stops the service before it migrates or serves anything.</summary>
public sealed class StartupSettingsTests
{
    [TestCase("Lockout:Threshold", "0", "Lockout:")]
    [TestCase("ForwardedHeaders:KnownProxies:0", "not-an-address", "ForwardedHeaders:KnownProxies")]
    [TestCase("Limits:MaxRequestBodyBytes", "0", "Limits:MaxRequestBodyBytes")]
    [TestCase("Security:PasswordHashIterations", "0", "Security:PasswordHashIterations")]
    [TestCase("PasswordHashing:Threads", "0", "PasswordHashing:")]
    [TestCase("RateLimiting:Login:PermitLimit", "0", "RateLimiting:Login")]
    [TestCase("RateLimiting:SendMessage:Window", "00:00:00", "RateLimiting:SendMessage")]
    [TestCase("Sessions:IdleTimeout", "00:00:00", "Sessions:")]
    [TestCase("Rooms:MaxPublicRooms", "-1", "Rooms:")]
    [TestCase("Rooms:ExpirySweepInterval", "2.00:00:00", "Rooms:")]
    public void Start_WithASettingThatCouldNeverWork_StopsWithAMessageNamingIt(string key, string value, string named)
    {
        using var factory = new MirageApiFactory(DatabaseProvider.Sqlite, settings: new Dictionary<string, string> { [key] = value });

        Assert.That(() => factory.CreateClient(), Throws.TypeOf<OptionsValidationException>().With.Message.Contains(named));
        Assert.That(File.Exists(factory.DatabasePath), Is.False, "nothing was migrated");
    }
}
