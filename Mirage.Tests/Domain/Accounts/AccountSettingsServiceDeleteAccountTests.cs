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

public sealed class AccountSettingsServiceDeleteAccountTests
{
    private const string Password = "correct horse battery staple";

    private Mock<IListChanges> _lists;
    private Mock<IUserRepository> _users;
    private Mock<IPasswordStore> _passwordStore;
    private Mock<ILockoutStore> _lockoutStore;
    private Mock<IPasswordHasher> _hasher;
    private Mock<ISecurityEvents> _events;
    private Mock<ISharedFileRepository> _files;
    private Mock<IFileStore> _fileStore;
    private FakeTimeProvider _clock;
    private AccountSettingsService _service;

    [SetUp]
    public void SetUp()
    {
        _lists = new Mock<IListChanges>();
        _users = new Mock<IUserRepository>();
        _passwordStore = new Mock<IPasswordStore>();
        _lockoutStore = new Mock<ILockoutStore>();
        _hasher = new Mock<IPasswordHasher>();
        _events = new Mock<ISecurityEvents>();
        _files = new Mock<ISharedFileRepository>();
        _fileStore = new Mock<IFileStore>();
        _files.Setup(f => f.ListByUploaderAsync(It.IsAny<long>(), It.IsAny<int>(), It.IsAny<CancellationToken>())).ReturnsAsync([]);
        _clock = TestClock.Create();
        var currentUser = new Mock<ICurrentUser>();
        currentUser.Setup(c => c.UserId).Returns(42);
        var passwords = new PasswordService(_hasher.Object, InlineHashingScheduler.Instance);
        var guard = new PasswordGuard(_lockoutStore.Object, _passwordStore.Object, passwords, new LockoutPolicy(), _clock, _events.Object);
        _service = new AccountSettingsService(_users.Object, _passwordStore.Object, passwords, guard, currentUser.Object, _events.Object, new SharedFileRemoval(_files.Object, _fileStore.Object), _lists.Object);
    }

    [Test]
    public async Task DeleteAccountAsync_WithWrongPassword_ReturnsForbiddenWrongPasswordAndDeletesNothing()
    {
        GivenUser(new UserBuilder().WithId(42).Build(), PasswordCheck.Failed);

        var result = await _service.DeleteAccountAsync("not the password", CancellationToken.None);

        Assert.That(result.Error, Is.EqualTo(new Error(ErrorKind.Forbidden, "wrong password")));
        VerifyNothingDeleted();
    }

    [Test]
    public async Task DeleteAccountAsync_WhileLockedOut_ReturnsTooManyRequestsEvenForTheRightPassword()
    {
        GivenUser(new UserBuilder().WithId(42).WithLockedUntil(TestClock.Start.UtcDateTime.AddMinutes(5)).Build(), PasswordCheck.Success);
        _clock.Advance(TimeSpan.FromMinutes(2));

        var result = await _service.DeleteAccountAsync(Password, CancellationToken.None);

        Assert.That(
            result.Error,
            Is.EqualTo(new Error(ErrorKind.TooManyRequests, "too many failed attempts, try again later", TimeSpan.FromMinutes(3))));
        VerifyNothingDeleted();
    }

    [Test]
    public async Task DeleteAccountAsync_WithRightPassword_DeletesTheUserAndReturnsTheirName()
    {
        GivenUser(new UserBuilder().WithId(42).WithUsername("Ann").Build(), PasswordCheck.Success);
        _users.Setup(u => u.DeleteAsync(42, It.IsAny<CancellationToken>())).ReturnsAsync(true);

        var result = await _service.DeleteAccountAsync(Password, CancellationToken.None);

        Assert.That(result.Value, Is.EqualTo("Ann"));
        _users.Verify(u => u.DeleteAsync(42, It.IsAny<CancellationToken>()), Times.Once);
        _events.Verify(e => e.AccountDeleted(42, "Ann"), Times.Once);
        _lists.Verify(l => l.AnyAsync(), Times.Once);
    }

    [Test]
    public async Task DeleteAccountAsync_WithRightPassword_DeletesTheBytesOfTheFilesTheUserSharedBeforeTheUser()
    {
        GivenUser(new UserBuilder().WithId(42).Build(), PasswordCheck.Success);
        var order = new List<string>();
        _files.Setup(f => f.ListByUploaderAsync(42, SharedFileRemoval.BatchSize, It.IsAny<CancellationToken>())).ReturnsAsync(["file-a", "file-b"]);
        _fileStore.Setup(s => s.DeleteAsync(It.IsAny<string>(), It.IsAny<CancellationToken>()))
            .Callback<string, CancellationToken>((id, _) => order.Add("bytes " + id)).Returns(Task.CompletedTask);
        _users.Setup(u => u.DeleteAsync(42, It.IsAny<CancellationToken>())).Callback(() => order.Add("user")).ReturnsAsync(true);

        await _service.DeleteAccountAsync(Password, CancellationToken.None);

        Assert.That(order, Is.EqualTo(new[] { "bytes file-a", "bytes file-b", "user" }));
    }

    [Test]
    public async Task DeleteAccountAsync_WhenDeletedConcurrently_ReturnsNotFoundAndLogsNoDeletion()
    {
        GivenUser(new UserBuilder().WithId(42).Build(), PasswordCheck.Success);
        _users.Setup(u => u.DeleteAsync(42, It.IsAny<CancellationToken>())).ReturnsAsync(false);

        var result = await _service.DeleteAccountAsync(Password, CancellationToken.None);

        Assert.That(result.Error, Is.EqualTo(new Error(ErrorKind.NotFound, "user not found")));
        _events.Verify(e => e.AccountDeleted(It.IsAny<long>(), It.IsAny<string>()), Times.Never);
    }

    private void GivenUser(User user, PasswordCheck check)
    {
        _users.Setup(u => u.FindByIdAsync(user.Id, It.IsAny<CancellationToken>())).ReturnsAsync(user);
        _hasher.Setup(h => h.Verify(user.PasswordHash, It.IsAny<string>())).Returns(check);
    }

    private void VerifyNothingDeleted()
    {
        _users.Verify(u => u.DeleteAsync(It.IsAny<long>(), It.IsAny<CancellationToken>()), Times.Never);
        _events.Verify(e => e.AccountDeleted(It.IsAny<long>(), It.IsAny<string>()), Times.Never);
    }
}
