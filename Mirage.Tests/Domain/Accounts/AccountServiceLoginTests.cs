using Microsoft.Extensions.Time.Testing;
using Mirage.Domain.Accounts;
using Mirage.Domain.Common;
using Mirage.Domain.Passwords;
using Mirage.Domain.Sessions;
using Mirage.Domain.Users;
using Mirage.Tests.Builders;
using Moq;

namespace Mirage.Tests.Domain.Accounts;

public sealed class AccountServiceLoginTests
{
    private const string Password = "correct horse battery staple";
    private const string NewHash = "fresh-hash-of-the-password";

    private Mock<IUserRepository> _users;
    private Mock<IPasswordStore> _passwordStore;
    private Mock<ISessionRepository> _sessions;
    private Mock<IPasswordHasher> _hasher;
    private Mock<ISessionTokenGenerator> _tokens;
    private FakeTimeProvider _clock;
    private AccountService _service;

    [SetUp]
    public void SetUp()
    {
        _users = new Mock<IUserRepository>();
        _passwordStore = new Mock<IPasswordStore>();
        _sessions = new Mock<ISessionRepository>();
        _hasher = new Mock<IPasswordHasher>();
        _hasher.Setup(h => h.Hash(Password)).Returns(NewHash);
        _tokens = new Mock<ISessionTokenGenerator>();
        _tokens.Setup(t => t.NewToken()).Returns("token-1");
        _clock = TestClock.Create();
        _service = new AccountServiceBuilder()
            .WithUsers(_users.Object)
            .WithPasswordStore(_passwordStore.Object)
            .WithSessions(_sessions.Object)
            .WithHasher(_hasher.Object)
            .WithTokens(_tokens.Object)
            .WithClock(_clock)
            .Build();
    }

    [Test]
    public async Task LoginAsync_WithUnknownUser_ReturnsNotFoundAndHashesNothing()
    {
        var result = await _service.LoginAsync("nobody", Password, CancellationToken.None);

        Assert.That(result.Error, Is.EqualTo(new Error(ErrorKind.NotFound, "user not found")));
        _hasher.Verify(h => h.Verify(It.IsAny<string>(), It.IsAny<string>()), Times.Never);
        _hasher.Verify(h => h.Hash(It.IsAny<string>()), Times.Never);
        _sessions.Verify(s => s.AddAsync(It.IsAny<Session>(), It.IsAny<CancellationToken>()), Times.Never);
    }

    [Test]
    public async Task LoginAsync_WithWrongPassword_ReturnsUnauthorizedWrongPasswordAndOpensNoSession()
    {
        GivenUser(new UserBuilder().Build(), PasswordCheck.Failed);

        var result = await _service.LoginAsync("ann", "not the password", CancellationToken.None);

        Assert.That(result.Error, Is.EqualTo(new Error(ErrorKind.Unauthorized, "wrong password")));
        _sessions.Verify(s => s.AddAsync(It.IsAny<Session>(), It.IsAny<CancellationToken>()), Times.Never);
        _passwordStore.Verify(u => u.UpdatePasswordHashAsync(It.IsAny<long>(), It.IsAny<string>(), It.IsAny<CancellationToken>()), Times.Never);
    }

    [Test]
    public async Task LoginAsync_WhileLockedOut_ReturnsTooManyRequestsWithRetryAfterAndOpensNoSession()
    {
        var lockedUntil = TestClock.Start.UtcDateTime.AddMinutes(4);
        GivenUser(new UserBuilder().WithFailedLoginCount(5).WithLockedUntil(lockedUntil).Build(), PasswordCheck.Success);
        _clock.Advance(TimeSpan.FromMinutes(1));

        var result = await _service.LoginAsync("ann", Password, CancellationToken.None);

        Assert.That(
            result.Error,
            Is.EqualTo(new Error(ErrorKind.TooManyRequests, "too many failed attempts, try again later", TimeSpan.FromMinutes(3))));
        _sessions.Verify(s => s.AddAsync(It.IsAny<Session>(), It.IsAny<CancellationToken>()), Times.Never);
    }

    [Test]
    public async Task LoginAsync_WithOtherLetterCase_ReturnsTokenAndUsernameAsRegistered()
    {
        GivenUser(new UserBuilder().WithUsername("Ann").Build(), PasswordCheck.Success);

        var result = await _service.LoginAsync(" ANN ", Password, CancellationToken.None);

        Assert.That(result.Value, Is.EqualTo(new SignIn("token-1", "Ann")));
    }

    [Test]
    public async Task LoginAsync_WhenRehashNeeded_StoresANewHashOfThePassword()
    {
        GivenUser(new UserBuilder().WithId(42).WithPasswordHash("old-weak-hash").Build(), PasswordCheck.SuccessRehashNeeded);

        var result = await _service.LoginAsync("ann", Password, CancellationToken.None);

        Assert.That(result.IsSuccess, Is.True);
        _passwordStore.Verify(u => u.UpdatePasswordHashAsync(42, NewHash, It.IsAny<CancellationToken>()), Times.Once);
    }

    [Test]
    public async Task LoginAsync_WhenHashIsCurrent_LeavesTheStoredHashAlone()
    {
        GivenUser(new UserBuilder().Build(), PasswordCheck.Success);

        await _service.LoginAsync("ann", Password, CancellationToken.None);

        _passwordStore.Verify(u => u.UpdatePasswordHashAsync(It.IsAny<long>(), It.IsAny<string>(), It.IsAny<CancellationToken>()), Times.Never);
    }

    private void GivenUser(User user, PasswordCheck check)
    {
        _users.Setup(u => u.FindByNormalizedUsernameAsync(user.NormalizedUsername, It.IsAny<CancellationToken>())).ReturnsAsync(user);
        _hasher.Setup(h => h.Verify(user.PasswordHash, It.IsAny<string>())).Returns(check);
    }
}
