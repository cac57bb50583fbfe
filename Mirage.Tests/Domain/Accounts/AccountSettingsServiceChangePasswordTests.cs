using Microsoft.Extensions.Time.Testing;
using Mirage.Domain.Accounts;
using Mirage.Domain.Common;
using Mirage.Domain.Files;
using Mirage.Domain.Passwords;
using Mirage.Domain.Security;
using Mirage.Domain.Sessions;
using Mirage.Domain.Users;
using Mirage.Tests.Builders;
using Moq;

namespace Mirage.Tests.Domain.Accounts;

public sealed class AccountSettingsServiceChangePasswordTests
{
    private const string CurrentPassword = "correct horse battery staple";
    private const string NewPassword = "tr0mbone spiral lantern";
    private static readonly Guid CurrentSession = Guid.NewGuid();

    private Mock<IUserRepository> _users;
    private Mock<IPasswordStore> _passwordStore;
    private Mock<ILockoutStore> _lockoutStore;
    private Mock<IPasswordHasher> _hasher;
    private Mock<ISecurityEvents> _events;
    private FakeTimeProvider _clock;
    private AccountSettingsService _service;

    [SetUp]
    public void SetUp()
    {
        _users = new Mock<IUserRepository>();
        _passwordStore = new Mock<IPasswordStore>();
        _lockoutStore = new Mock<ILockoutStore>();
        _hasher = new Mock<IPasswordHasher>();
        _hasher.Setup(h => h.Hash(NewPassword)).Returns("hash-of-new");
        _events = new Mock<ISecurityEvents>();
        _clock = TestClock.Create();
        var currentUser = new Mock<ICurrentUser>();
        currentUser.Setup(c => c.UserId).Returns(42);
        currentUser.Setup(c => c.SessionId).Returns(CurrentSession);
        var passwords = new PasswordService(_hasher.Object, InlineHashingScheduler.Instance);
        var guard = new PasswordGuard(_lockoutStore.Object, _passwordStore.Object, passwords, new LockoutPolicy(), _clock, _events.Object);
        _service = new AccountSettingsService(_users.Object, _passwordStore.Object, passwords, guard, currentUser.Object, _events.Object, new SharedFileRemoval(Mock.Of<ISharedFileRepository>(), Mock.Of<IFileStore>()), Mock.Of<IListChanges>());
    }

    [Test]
    public async Task ChangePasswordAsync_WithWrongCurrentPassword_ReturnsForbiddenWrongPasswordAndChangesNothing()
    {
        GivenUser(new UserBuilder().WithId(42).Build(), PasswordCheck.Failed);

        var result = await _service.ChangePasswordAsync("not the password", NewPassword, CancellationToken.None);

        Assert.That(result.Error, Is.EqualTo(new Error(ErrorKind.Forbidden, "wrong password")));
        _lockoutStore.Verify(u => u.RecordFailedLoginAsync(42, It.IsAny<CancellationToken>()), Times.Once);
        VerifyPasswordNeverChanged();
    }

    [Test]
    public async Task ChangePasswordAsync_WhileLockedOut_ReturnsTooManyRequestsWithRetryAfter()
    {
        GivenUser(new UserBuilder().WithId(42).WithLockedUntil(TestClock.Start.UtcDateTime.AddMinutes(10)).Build(), PasswordCheck.Success);

        var result = await _service.ChangePasswordAsync(CurrentPassword, NewPassword, CancellationToken.None);

        Assert.That(
            result.Error,
            Is.EqualTo(new Error(ErrorKind.TooManyRequests, "too many failed attempts, try again later", TimeSpan.FromMinutes(10))));
        VerifyPasswordNeverChanged();
    }

    [TestCase("password123")]
    [TestCase("iloveyou")]
    [TestCase("\uFF50\uFF41\uFF53\uFF53\uFF57\uFF4F\uFF52\uFF44\uFF11\uFF12\uFF13")]
    public async Task ChangePasswordAsync_ToCommonPassword_ReturnsInvalidTooCommon(string newPassword)
    {
        GivenUser(new UserBuilder().WithId(42).Build(), PasswordCheck.Success);

        var result = await _service.ChangePasswordAsync(CurrentPassword, newPassword, CancellationToken.None);

        Assert.That(result.Error, Is.EqualTo(new Error(ErrorKind.Invalid, "this password is too common, choose another")));
        VerifyPasswordNeverChanged();
    }

    [Test]
    public async Task ChangePasswordAsync_ToPasswordContainingTheUsername_ReturnsInvalidContainsUsername()
    {
        GivenUser(new UserBuilder().WithId(42).WithUsername("Ann.Lee").Build(), PasswordCheck.Success);

        var result = await _service.ChangePasswordAsync(CurrentPassword, "hello ANN.LEE again", CancellationToken.None);

        Assert.That(result.Error, Is.EqualTo(new Error(ErrorKind.Invalid, "the password must not contain the username")));
        VerifyPasswordNeverChanged();
    }

    [Test]
    public async Task ChangePasswordAsync_WithRightCurrentPassword_StoresTheNewHashKeepingTheCurrentSession()
    {
        GivenUser(new UserBuilder().WithId(42).Build(), PasswordCheck.Success);
        _passwordStore.Setup(u => u.ChangePasswordAsync(42, "hash-of-new", CurrentSession, It.IsAny<CancellationToken>())).ReturnsAsync(3);

        var result = await _service.ChangePasswordAsync(CurrentPassword, NewPassword, CancellationToken.None);

        Assert.That(result.Value, Is.EqualTo(3));
        _passwordStore.Verify(u => u.ChangePasswordAsync(42, "hash-of-new", CurrentSession, It.IsAny<CancellationToken>()), Times.Once);
        _events.Verify(e => e.PasswordChanged(42, 3), Times.Once);
    }

    [Test]
    public async Task ChangePasswordAsync_WhenUserIsGone_ReturnsNotFound()
    {
        var result = await _service.ChangePasswordAsync(CurrentPassword, NewPassword, CancellationToken.None);

        Assert.That(result.Error, Is.EqualTo(new Error(ErrorKind.NotFound, "user not found")));
        _hasher.VerifyNoOtherCalls();
    }

    private void GivenUser(User user, PasswordCheck check)
    {
        _users.Setup(u => u.FindByIdAsync(user.Id, It.IsAny<CancellationToken>())).ReturnsAsync(user);
        _hasher.Setup(h => h.Verify(user.PasswordHash, It.IsAny<string>())).Returns(check);
    }

    private void VerifyPasswordNeverChanged()
    {
        _passwordStore.Verify(u => u.ChangePasswordAsync(It.IsAny<long>(), It.IsAny<string>(), It.IsAny<Guid>(), It.IsAny<CancellationToken>()), Times.Never);
        _events.Verify(e => e.PasswordChanged(It.IsAny<long>(), It.IsAny<int>()), Times.Never);
    }
}
