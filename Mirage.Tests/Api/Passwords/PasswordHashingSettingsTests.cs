using Microsoft.Extensions.Options;
using Mirage.Api.Passwords;
using Mirage.Tests.Api.Setup;

namespace Mirage.Tests.Api.Passwords;

public sealed class PasswordHashingSettingsTests
{
    [Test]
    public void Settings_WithNothingConfigured_UseEveryCoreAndAFiveSecondWait()
    {
        var settings = ConfiguredSettings.Of<PasswordHashingSettings>();

        Assert.That((settings.Threads, settings.MaxWait), Is.EqualTo((Environment.ProcessorCount, TimeSpan.FromSeconds(5))));
    }

    [TestCase("Threads", "0")]
    [TestCase("Niceness", "20")]
    [TestCase("Niceness", "-1")]
    [TestCase("MaxWait", "00:00:00")]
    [TestCase("MaxConcurrent", "0")]
    [TestCase("MaxQueued", "2147483647")]
    [TestCase("MaxWait", "60.00:00:00")]
    public void Settings_WithAValueThatCouldNeverWork_StopTheStartWithAMessage(string key, string value)
    {
        Assert.That(
            () => ConfiguredSettings.Of<PasswordHashingSettings>(($"PasswordHashing:{key}", value)),
            Throws.TypeOf<OptionsValidationException>().With.Message.StartsWith("PasswordHashing:"));
    }

    [Test]
    public void Settings_WithMaxWaitInfinite_HaveNoLimit()
    {
        var settings = ConfiguredSettings.Of<PasswordHashingSettings>(("PasswordHashing:MaxWait", Timeout.InfiniteTimeSpan.ToString()));

        Assert.That(settings.MaxWait, Is.EqualTo(Timeout.InfiniteTimeSpan));
    }
}
