using Mirage.Domain.Passwords;
using Mirage.Tests.Builders;
using Moq;

namespace Mirage.Tests.Domain.Passwords;

public sealed class PasswordServiceTests
{
    private const string StoredHash = "stored-hash";

    // "ﬁsh ①②③" as typed on a device that sends compatibility characters, and its NFKC form.
    private const string Typed = "\uFB01sh \u2460\u2461\u2462 lantern";
    private const string Normalized = "fish 123 lantern";

    private Mock<IPasswordHasher> _hasher;
    private PasswordService _passwords;

    [SetUp]
    public void SetUp()
    {
        _hasher = new Mock<IPasswordHasher>();
        _passwords = new PasswordService(_hasher.Object, InlineHashingScheduler.Instance);
    }

    [Test]
    public async Task Hash_HashesTheNormalisedForm()
    {
        _hasher.Setup(h => h.Hash(Normalized)).Returns("hash-of-normalized");

        var hash = await _passwords.HashAsync(Typed, CancellationToken.None);

        Assert.That(hash, Is.EqualTo("hash-of-normalized"));
        _hasher.Verify(h => h.Hash(Typed), Times.Never);
    }

    [Test]
    public async Task Verify_WithTheNormalisedFormMatching_ReturnsSuccess()
    {
        _hasher.Setup(h => h.Verify(StoredHash, Normalized)).Returns(PasswordCheck.Success);

        Assert.That(await _passwords.VerifyAsync(StoredHash, Typed, CancellationToken.None), Is.EqualTo(PasswordCheck.Success));
    }

    [Test]
    public async Task Verify_WithLegacyHashOfThePasswordAsTyped_ReturnsSuccessRehashNeeded()
    {
        _hasher.Setup(h => h.Verify(StoredHash, Normalized)).Returns(PasswordCheck.Failed);
        _hasher.Setup(h => h.Verify(StoredHash, Typed)).Returns(PasswordCheck.Success);

        Assert.That(await _passwords.VerifyAsync(StoredHash, Typed, CancellationToken.None), Is.EqualTo(PasswordCheck.SuccessRehashNeeded));
    }

    [Test]
    public async Task Verify_WithWrongPasswordInCompatibilityCharacters_ReturnsFailed()
    {
        _hasher.Setup(h => h.Verify(StoredHash, It.IsAny<string>())).Returns(PasswordCheck.Failed);

        Assert.That(await _passwords.VerifyAsync(StoredHash, Typed, CancellationToken.None), Is.EqualTo(PasswordCheck.Failed));
    }

    [Test]
    public async Task Verify_WithWrongAsciiPassword_ReturnsFailedAfterOneHash()
    {
        _hasher.Setup(h => h.Verify(StoredHash, It.IsAny<string>())).Returns(PasswordCheck.Failed);

        var check = await _passwords.VerifyAsync(StoredHash, "not the password", CancellationToken.None);

        Assert.That(check, Is.EqualTo(PasswordCheck.Failed));
        _hasher.Verify(h => h.Verify(It.IsAny<string>(), It.IsAny<string>()), Times.Once);
    }

    [TestCase(PasswordCheck.Success)]
    [TestCase(PasswordCheck.SuccessRehashNeeded)]
    public async Task Verify_WithRightAsciiPassword_PassesTheHashersVerdictThroughAfterOneHash(PasswordCheck verdict)
    {
        _hasher.Setup(h => h.Verify(StoredHash, "correct horse battery staple")).Returns(verdict);

        var check = await _passwords.VerifyAsync(StoredHash, "correct horse battery staple", CancellationToken.None);

        Assert.That(check, Is.EqualTo(verdict));
        _hasher.Verify(h => h.Verify(It.IsAny<string>(), It.IsAny<string>()), Times.Once);
    }
}
