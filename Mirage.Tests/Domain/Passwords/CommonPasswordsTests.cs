using Mirage.Domain.Passwords;

namespace Mirage.Tests.Domain.Passwords;

public sealed class CommonPasswordsTests
{
    [Test]
    public void Count_HoldsAtLeastTheHundredMostCommon()
    {
        Assert.That(CommonPasswords.Count, Is.GreaterThanOrEqualTo(100));
    }

    [TestCase("123456")]
    [TestCase("password")]
    [TestCase("PASSWORD")]
    [TestCase("QwErTy")]
    [TestCase("iloveyou")]
    public void Contains_WithAListedPasswordInAnyCase_ReturnsTrue(string password)
    {
        Assert.That(CommonPasswords.Contains(password), Is.True);
    }

    [TestCase("correct horse battery staple")]
    [TestCase("password1234567")]
    public void Contains_WithAnUnlistedPassword_ReturnsFalse(string password)
    {
        Assert.That(CommonPasswords.Contains(password), Is.False);
    }
}
