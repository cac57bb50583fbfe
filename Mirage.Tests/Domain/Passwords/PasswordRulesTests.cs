using Mirage.Domain.Common;
using Mirage.Domain.Passwords;

namespace Mirage.Tests.Domain.Passwords;

public sealed class PasswordRulesTests
{
    private static readonly Error TooCommon = new(ErrorKind.Invalid, "this password is too common, choose another");
    private static readonly Error ContainsUsername = new(ErrorKind.Invalid, "the password must not contain the username");

    [TestCase("password123")]
    [TestCase("PASSWORD123")]
    [TestCase("Qwerty123")]
    [TestCase("letmein")]
    public void Check_WithCommonPasswordInAnyCase_RefusesItAsTooCommon(string password)
    {
        Assert.That(PasswordRules.Check(password, "ann"), Is.EqualTo(TooCommon));
    }

    [TestCase("\uFF50\uFF41\uFF53\uFF53\uFF57\uFF4F\uFF52\uFF44\uFF11\uFF12\uFF13")]
    [TestCase("\uFF30\uFF21\uFF33\uFF33\uFF37\uFF2F\uFF32\uFF24")]
    [TestCase("\u2460\u2461\u2462\u2463\u2464\u2465")]
    public void Check_WithCommonPasswordInCompatibilityCharacters_RefusesItAfterNormalising(string password)
    {
        Assert.That(PasswordRules.Check(password, "ann"), Is.EqualTo(TooCommon));
    }

    [TestCase("ann", "i am ann and proud")]
    [TestCase("ann", "xxANNxxxx")]
    [TestCase("Ann.Lee", "my name: ann.lee!")]
    [TestCase(" bob ", "hello-bob-hello")]
    [TestCase("bob", "hello-\uFF42\uFF4F\uFF42-hello")]
    public void Check_WithPasswordContainingTheUsernameInAnyCase_RefusesIt(string username, string password)
    {
        Assert.That(PasswordRules.Check(password, username), Is.EqualTo(ContainsUsername));
    }

    [TestCase("correct horse battery staple")]
    [TestCase("tr0mbone spiral lantern")]
    [TestCase("\u00C9t\u00E9 \u00E0 la plage, 2026")]
    public void Check_WithUncommonPassphrase_AcceptsIt(string password)
    {
        Assert.That(PasswordRules.Check(password, "ann"), Is.Null);
    }

    [TestCase("\uFB01", "fi")]
    [TestCase("\u2460", "1")]
    [TestCase("\uFF21\uFF42\uFF43", "Abc")]
    [TestCase("e\u0301", "\u00E9")]
    [TestCase("plain ascii", "plain ascii")]
    public void Normalize_GivesTheNfkcForm(string password, string expected)
    {
        Assert.That(PasswordRules.Normalize(password), Is.EqualTo(expected));
    }
}
