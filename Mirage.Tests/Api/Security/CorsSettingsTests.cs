using Microsoft.Extensions.Options;
using Mirage.Api.Security;
using Mirage.Tests.Api.Setup;

namespace Mirage.Tests.Api.Security;

public sealed class CorsSettingsTests
{
    [Test]
    public void Origins_WhenNothingIsConfigured_AreAny()
    {
        var settings = ConfiguredSettings.Of<CorsSettings>();

        Assert.That(settings.Origins, Is.EqualTo(new[] { "*" }));
        Assert.That(settings.Problem, Is.Null);
    }

    [TestCase("https://mirage.example")]
    [TestCase("http://localhost:8000")]
    [TestCase("*")]
    public void Problem_ForAnOrigin_IsNone(string origin)
    {
        Assert.That(ConfiguredSettings.Of<CorsSettings>(("Cors:AllowedOrigins:0", origin)).Problem, Is.Null);
    }

    [TestCase("mirage.example")]
    [TestCase("https://mirage.example/")]
    [TestCase("https://mirage.example/app")]
    [TestCase("ftp://mirage.example")]
    [TestCase("https://mirage.example?x=1")]
    public void Settings_WithSomethingThatIsNotAnOrigin_AreRefusedNamingIt(string origin)
    {
        Assert.That(
            () => ConfiguredSettings.Of<CorsSettings>(("Cors:AllowedOrigins:0", origin)),
            Throws.TypeOf<OptionsValidationException>().With.Message.Contains($"'{origin}' is not an origin"));
    }
}
