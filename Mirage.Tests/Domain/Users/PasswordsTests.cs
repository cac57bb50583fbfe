using Mirage.Domain.Users;
using Moq;

namespace Mirage.Tests.Domain.Users;

public sealed class PasswordsTests
{
    private const string StoredHash = "stored-hash";

    // "ﬁsh ①②③" as typed on a device that sends compatibility characters, and its NFKC form.
    private const string Typed = "\uFB01sh \u2460\u2461\u2462 lantern";
    private const string Normalized = "fish 123 lantern";

    private Mock<IPasswordHasher> _hasher;
    private Passwords _passwords;

    [SetUp]
    public void SetUp()
    {
        _hasher = new Mock<IPasswordHasher>();
        _passwords = new Passwords(_hasher.Object);
    }

    [Test]
    public void Hash_HashesTheNormalisedForm()
    {
        _hasher.Setup(h => h.Hash(Normalized)).Returns("hash-of-normalized");

        var hash = _passwords.Hash(Typed);

        Assert.That(hash, Is.EqualTo("hash-of-normalized"));
        _hasher.Verify(h => h.Hash(Typed), Times.Never);
    }

    [Test]
    public void Verify_WithTheNormalisedFormMatching_ReturnsSuccess()
    {
        _hasher.Setup(h => h.Verify(StoredHash, Normalized)).Returns(PasswordCheck.Success);

        Assert.That(_passwords.Verify(StoredHash, Typed), Is.EqualTo(PasswordCheck.Success));
    }

    [Test]
    public void Verify_WithLegacyHashOfThePasswordAsTyped_ReturnsSuccessRehashNeeded()
    {
        _hasher.Setup(h => h.Verify(StoredHash, Normalized)).Returns(PasswordCheck.Failed);
        _hasher.Setup(h => h.Verify(StoredHash, Typed)).Returns(PasswordCheck.Success);

        Assert.That(_passwords.Verify(StoredHash, Typed), Is.EqualTo(PasswordCheck.SuccessRehashNeeded));
    }

    [Test]
    public void Verify_WithWrongPasswordInCompatibilityCharacters_ReturnsFailed()
    {
        _hasher.Setup(h => h.Verify(StoredHash, It.IsAny<string>())).Returns(PasswordCheck.Failed);

        Assert.That(_passwords.Verify(StoredHash, Typed), Is.EqualTo(PasswordCheck.Failed));
    }

    [Test]
    public void Verify_WithWrongAsciiPassword_ReturnsFailedAfterOneHash()
    {
        _hasher.Setup(h => h.Verify(StoredHash, It.IsAny<string>())).Returns(PasswordCheck.Failed);

        var check = _passwords.Verify(StoredHash, "not the password");

        Assert.That(check, Is.EqualTo(PasswordCheck.Failed));
        _hasher.Verify(h => h.Verify(It.IsAny<string>(), It.IsAny<string>()), Times.Once);
    }

    [TestCase(PasswordCheck.Success)]
    [TestCase(PasswordCheck.SuccessRehashNeeded)]
    public void Verify_WithRightAsciiPassword_PassesTheHashersVerdictThroughAfterOneHash(PasswordCheck verdict)
    {
        _hasher.Setup(h => h.Verify(StoredHash, "correct horse battery staple")).Returns(verdict);

        var check = _passwords.Verify(StoredHash, "correct horse battery staple");

        Assert.That(check, Is.EqualTo(verdict));
        _hasher.Verify(h => h.Verify(It.IsAny<string>(), It.IsAny<string>()), Times.Once);
    }
}
