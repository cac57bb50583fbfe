using Mirage.Api.Accounts;

namespace Mirage.Tests.Api.Accounts;

/// <summary>The rules without the request's trimming, which would hide a trailing newline.</summary>
public sealed class AccountRulesTests
{
    [TestCase("alice\n")]
    [TestCase("alice\r\n")]
    [TestCase("\nalice")]
    [TestCase(" alice")]
    [TestCase(null)]
    public void IsUsername_WithUntrimmedOrMissingName_IsFalse(string? username)
    {
        Assert.That(AccountRules.IsUsername(username), Is.False);
    }

    [TestCase("a@example.com\n")]
    [TestCase(" a@example.com")]
    [TestCase(null)]
    public void IsEmailAddress_WithUntrimmedOrMissingAddress_IsFalse(string? email)
    {
        Assert.That(AccountRules.IsEmailAddress(email), Is.False);
    }
}
