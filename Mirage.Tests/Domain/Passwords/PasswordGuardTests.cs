using Microsoft.Extensions.Time.Testing;
using Mirage.Domain.Common;
using Mirage.Domain.Passwords;
using Mirage.Domain.Security;
using Mirage.Domain.Users;
using Mirage.Tests.Builders;
using Moq;

namespace Mirage.Tests.Domain.Passwords;

public sealed class PasswordGuardTests
{
    private const string Password = "correct horse battery staple";
    private static readonly Error WrongPassword = new(ErrorKind.Unauthorized, "wrong password");

    private Mock<ILockoutStore> _lockouts;
    private Mock<IPasswordStore> _passwordStore;
    private Mock<IPasswordHasher> _hasher;
    private Mock<ISecurityEvents> _events;
    private FakeTimeProvider _clock;
    private PasswordGuard _guard;

    private static DateTime Now => TestClock.Start.UtcDateTime;

    [SetUp]
    public void SetUp()
    {
        _lockouts = new Mock<ILockoutStore>();
        _passwordStore = new Mock<IPasswordStore>();
        _hasher = new Mock<IPasswordHasher>();
        _events = new Mock<ISecurityEvents>();
        _clock = TestClock.Create();
        _guard = new PasswordGuard(
            _lockouts.Object, _passwordStore.Object, new PasswordService(_hasher.Object, InlineHashingScheduler.Instance), new LockoutPolicy(), _clock, _events.Object);
    }

    [Test]
    public async Task CheckAsync_WhileLocked_ReturnsLockedOutWithTheRemainingTimeWithoutHashing()
    {
        var user = new UserBuilder().WithFailedLoginCount(5).WithLockedUntil(Now.AddMinutes(5)).Build();
        _clock.Advance(TimeSpan.FromSeconds(90));

        var refused = await _guard.CheckAsync(user, Password, CancellationToken.None);

        Assert.That(
            refused,
            Is.EqualTo(new Error(ErrorKind.TooManyRequests, "too many failed attempts, try again later", TimeSpan.FromSeconds(210))));
        _hasher.VerifyNoOtherCalls();
        _lockouts.VerifyNoOtherCalls();
        _passwordStore.VerifyNoOtherCalls();
    }

    [Test]
    public async Task CheckAsync_WhenTheLockHasPassed_ChecksThePasswordAndClearsTheLock()
    {
        var user = new UserBuilder().WithId(42).WithFailedLoginCount(5).WithLockedUntil(Now).Build();
        GivenCheck(user, PasswordCheck.Success);

        var refused = await _guard.CheckAsync(user, Password, CancellationToken.None);

        Assert.That(refused, Is.Null);
        _lockouts.Verify(u => u.ResetFailedLoginsAsync(42, It.IsAny<CancellationToken>()), Times.Once);
    }

    [Test]
    public async Task CheckAsync_WithWrongPassword_RecordsTheFailureAndReturnsWrongPassword()
    {
        var user = new UserBuilder().WithId(42).WithUsername("Ann").Build();
        GivenCheck(user, PasswordCheck.Failed);
        _lockouts.Setup(u => u.RecordFailedLoginAsync(42, It.IsAny<CancellationToken>())).ReturnsAsync(1);

        var refused = await _guard.CheckAsync(user, "not the password", CancellationToken.None);

        Assert.That(refused, Is.EqualTo(WrongPassword));
        _lockouts.Verify(u => u.RecordFailedLoginAsync(42, It.IsAny<CancellationToken>()), Times.Once);
        _events.Verify(e => e.LoginFailed(42, "Ann", 1), Times.Once);
        _lockouts.Verify(u => u.LockAsync(It.IsAny<long>(), It.IsAny<DateTime>(), It.IsAny<CancellationToken>()), Times.Never);
        _events.Verify(e => e.LockedOut(It.IsAny<long>(), It.IsAny<string>(), It.IsAny<DateTime>()), Times.Never);
    }

    [Test]
    public async Task CheckAsync_WithFifthWrongPassword_LocksTheAccountForFiveMinutes()
    {
        var user = new UserBuilder().WithId(42).WithUsername("Ann").WithFailedLoginCount(4).Build();
        GivenCheck(user, PasswordCheck.Failed);
        _lockouts.Setup(u => u.RecordFailedLoginAsync(42, It.IsAny<CancellationToken>())).ReturnsAsync(5);

        var refused = await _guard.CheckAsync(user, "not the password", CancellationToken.None);

        Assert.That(refused, Is.EqualTo(WrongPassword));
        _lockouts.Verify(u => u.LockAsync(42, Now.AddMinutes(5), It.IsAny<CancellationToken>()), Times.Once);
        _events.Verify(e => e.LockedOut(42, "Ann", Now.AddMinutes(5)), Times.Once);
    }

    [Test]
    public async Task CheckAsync_WithRightPasswordAfterFailures_ResetsTheFailureCount()
    {
        var user = new UserBuilder().WithId(42).WithFailedLoginCount(3).Build();
        GivenCheck(user, PasswordCheck.Success);

        var refused = await _guard.CheckAsync(user, Password, CancellationToken.None);

        Assert.That(refused, Is.Null);
        _lockouts.Verify(u => u.ResetFailedLoginsAsync(42, It.IsAny<CancellationToken>()), Times.Once);
    }

    [Test]
    public async Task CheckAsync_WithRightPasswordAndNoFailures_WritesNothing()
    {
        var user = new UserBuilder().Build();
        GivenCheck(user, PasswordCheck.Success);

        var refused = await _guard.CheckAsync(user, Password, CancellationToken.None);

        Assert.That(refused, Is.Null);
        _lockouts.VerifyNoOtherCalls();
        _passwordStore.VerifyNoOtherCalls();
        _events.VerifyNoOtherCalls();
    }

    [Test]
    public async Task CheckAsync_WhenRehashNeeded_StoresANewHashOfTheNormalisedPassword()
    {
        var user = new UserBuilder().WithId(42).Build();
        GivenCheck(user, PasswordCheck.SuccessRehashNeeded);
        _hasher.Setup(h => h.Hash(Password)).Returns("fresh-hash");

        var refused = await _guard.CheckAsync(user, Password, CancellationToken.None);

        Assert.That(refused, Is.Null);
        _passwordStore.Verify(u => u.UpdatePasswordHashAsync(42, "fresh-hash", It.IsAny<CancellationToken>()), Times.Once);
    }

    private void GivenCheck(User user, PasswordCheck check) =>
        _hasher.Setup(h => h.Verify(user.PasswordHash, It.IsAny<string>())).Returns(check);
}
