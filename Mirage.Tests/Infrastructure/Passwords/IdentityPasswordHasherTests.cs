using Mirage.Domain.Passwords;
using Mirage.Infrastructure.Passwords;

namespace Mirage.Tests.Infrastructure.Passwords;

/// <summary>Each hash at the default cost takes a noticeable fraction of a second, so the fixture makes one and shares it.</summary>
public sealed class IdentityPasswordHasherTests
{
    private const string Password = "correct horse battery staple";

    private readonly IdentityPasswordHasher _hasher = new();
    private string _hash;

    [OneTimeSetUp]
    public void HashOnce() => _hash = _hasher.Hash(Password);

    [Test]
    public void Verify_WithTheHashedPassword_Succeeds()
    {
        Assert.That(_hasher.Verify(_hash, Password), Is.EqualTo(PasswordCheck.Success));
    }

    [TestCase("correct horse battery stapl")]
    [TestCase("Correct horse battery staple")]
    [TestCase("")]
    public void Verify_WithAnotherPassword_Fails(string password)
    {
        Assert.That(_hasher.Verify(_hash, password), Is.EqualTo(PasswordCheck.Failed));
    }

    [TestCase("not-a-hash")]
    [TestCase("")]
    [TestCase("AQAAAAIAA9CQAAAAEA==")]
    [TestCase("sha256:41ef4bb0b23661e66301aac36066912dac037827b4ae63a7b1165a5aa93ed4eb")]
    [TestCase("pbkdf2:sha256:600000$salt$abcdef")]
    public void Verify_WithHashInForeignFormat_FailsInsteadOfThrowing(string foreignHash)
    {
        Assert.That(_hasher.Verify(foreignHash, Password), Is.EqualTo(PasswordCheck.Failed));
    }

    [Test]
    public void Hash_NeverContainsThePassword()
    {
        var hash = new IdentityPasswordHasher(1_000).Hash("PlainTextPassword");

        Assert.That(hash, Does.Not.Contain("PlainTextPassword").IgnoreCase);
    }

    [Test]
    public void Hash_OfOnePasswordTwice_DiffersBySalt()
    {
        Assert.That(_hasher.Hash(Password), Is.Not.EqualTo(_hash));
    }

    [Test]
    public void Verify_WithHashOfFewerIterations_SucceedsButAsksForRehash()
    {
        var weakHash = new IdentityPasswordHasher(10_000).Hash(Password);

        Assert.That(_hasher.Verify(weakHash, Password), Is.EqualTo(PasswordCheck.SuccessRehashNeeded));
    }

    [Test]
    public void Verify_WithHashOfFewerIterationsAndWrongPassword_Fails()
    {
        var weakHash = new IdentityPasswordHasher(10_000).Hash(Password);

        Assert.That(_hasher.Verify(weakHash, "wrong password"), Is.EqualTo(PasswordCheck.Failed));
    }
}
