using Microsoft.Extensions.Configuration;
using Mirage.Api.Passwords;

namespace Mirage.Tests.Api.Passwords;

public sealed class PasswordHashingSettingsTests
{
    [Test]
    public void From_WithNothingConfigured_UsesEveryCoreAndAFiveSecondWait()
    {
        var settings = PasswordHashingSettings.From(new ConfigurationBuilder().Build());

        Assert.That((settings.Threads, settings.MaxWait), Is.EqualTo((Environment.ProcessorCount, TimeSpan.FromSeconds(5))));
    }

    [TestCase("Threads", "0")]
    [TestCase("Niceness", "20")]
    [TestCase("Niceness", "-1")]
    [TestCase("MaxWait", "00:00:00")]
    [TestCase("MaxConcurrent", "0")]
    [TestCase("MaxQueued", "2147483647")]
    [TestCase("MaxWait", "60.00:00:00")]
    public void From_WithAValueThatCouldNeverWork_StopsTheStartWithAMessage(string key, string value)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection([KeyValuePair.Create<string, string?>($"PasswordHashing:{key}", value)])
            .Build();

        Assert.That(() => PasswordHashingSettings.From(configuration), Throws.InvalidOperationException.With.Message.StartsWith("PasswordHashing:"));
    }

    [Test]
    public void From_WithMaxWaitInfinite_HasNoLimit()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection([KeyValuePair.Create<string, string?>("PasswordHashing:MaxWait", Timeout.InfiniteTimeSpan.ToString())])
            .Build();

        Assert.That(PasswordHashingSettings.From(configuration).MaxWait, Is.EqualTo(Timeout.InfiniteTimeSpan));
    }
}
