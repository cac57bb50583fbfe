using Microsoft.Extensions.Options;
using Mirage.Api.ListCache;
using Mirage.Tests.Api.Setup;

namespace Mirage.Tests.Api.ListCache;

public sealed class ListCacheSettingsTests
{
    [Test]
    public void Defaults_KeepAnswersTwoSecondsInAtMostSixteenMebibytes()
    {
        var settings = ConfiguredSettings.Of<ListCacheSettings>();

        Assert.That((settings.Lifetime, settings.SizeLimitBytes), Is.EqualTo((TimeSpan.FromSeconds(2), 16L * 1024 * 1024)));
    }

    [Test]
    public void Lifetime_Zero_IsSound()
    {
        Assert.That(ConfiguredSettings.Of<ListCacheSettings>(("ListCache:Lifetime", "00:00:00")).Problem, Is.Null);
    }

    [TestCase("ListCache:Lifetime", "-00:00:01")]
    [TestCase("ListCache:SizeLimitBytes", "0")]
    public void Of_WithAnUnworkableValue_FailsNamingTheSection(string key, string value)
    {
        Assert.That(
            () => ConfiguredSettings.Of<ListCacheSettings>((key, value)),
            Throws.InstanceOf<OptionsValidationException>().With.Message.Contains("ListCache: Lifetime must be at least zero"));
    }
}
