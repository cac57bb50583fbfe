using Microsoft.Extensions.Time.Testing;
using Mirage.Domain.Accounts;
using Mirage.Domain.Common;
using Mirage.Domain.Sessions;
using Mirage.Domain.Users;
using Mirage.Tests.Builders;
using Moq;

namespace Mirage.Tests.Domain.Accounts;

public sealed class AccountServiceLoginTests
{
    private const string Password = "correct horse battery staple";
    private const string NewHash = "fresh-hash-of-the-password";

    private readonly SessionPolicy _policy = new();
    private Mock<IUserRepository> _users;
    private Mock<ISessionRepository> _sessions;
    private Mock<IPasswordHasher> _hasher;
    private Mock<ISessionTokenGenerator> _tokens;
    private FakeTimeProvider _clock;
    private AccountService _service;

    [SetUp]
    public void SetUp()
    {
        _users = new Mock<IUserRepository>();
        _sessions = new Mock<ISessionRepository>();
        _hasher = new Mock<IPasswordHasher>();
        _hasher.Setup(h => h.Hash(Password)).Returns(NewHash);
        _tokens = new Mock<ISessionTokenGenerator>();
        _tokens.Setup(t => t.NewToken()).Returns("token-1");
        _tokens.Setup(t => t.Hash(It.IsAny<string>())).Returns<string>(token => "sha256:" + token);
        _clock = TestClock.Create();
        var sessionService = new SessionService(_sessions.Object, _tokens.Object, _clock, _policy, new Mock<ICurrentUser>().Object, new Mock<ISecurityEvents>().Object);
        _service = new AccountService(_users.Object, _sessions.Object, new Passwords(_hasher.Object), new PasswordGuard(_users.Object, new Passwords(_hasher.Object), new LockoutPolicy(), _clock, new Mock<ISecurityEvents>().Object), _tokens.Object, sessionService, new Mock<IClientInfo>().Object, _clock, _policy);
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
        _users.Verify(u => u.UpdatePasswordHashAsync(It.IsAny<long>(), It.IsAny<string>(), It.IsAny<CancellationToken>()), Times.Never);
    }

    [Test]
    public async Task LoginAsync_WithRightPassword_StoresSessionUnderTheTokensHashWithClockTimes()
    {
        GivenUser(new UserBuilder().WithId(42).Build(), PasswordCheck.Success);
        var added = CaptureAddedSessions();
        var now = TestClock.Start.UtcDateTime.AddMinutes(3);
        _clock.Advance(TimeSpan.FromMinutes(3));

        await _service.LoginAsync("ann", Password, CancellationToken.None);

        var session = added.Single();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(session.UserId, Is.EqualTo(42));
            Assert.That(session.TokenHash, Is.EqualTo("sha256:token-1").And.Not.EqualTo("token-1"));
            Assert.That(session.CreatedAt, Is.EqualTo(now));
            Assert.That(session.LastSeenAt, Is.EqualTo(now));
            Assert.That(session.ExpiresAt, Is.EqualTo(now + _policy.AbsoluteTimeout));
        }
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
        _users.Verify(u => u.UpdatePasswordHashAsync(42, NewHash, It.IsAny<CancellationToken>()), Times.Once);
    }

    [Test]
    public async Task LoginAsync_WhenHashIsCurrent_LeavesTheStoredHashAlone()
    {
        GivenUser(new UserBuilder().Build(), PasswordCheck.Success);

        await _service.LoginAsync("ann", Password, CancellationToken.None);

        _users.Verify(u => u.UpdatePasswordHashAsync(It.IsAny<long>(), It.IsAny<string>(), It.IsAny<CancellationToken>()), Times.Never);
    }

    [Test]
    public async Task LoginAsync_Twice_OpensTwoDistinctSessions()
    {
        GivenUser(new UserBuilder().Build(), PasswordCheck.Success);
        _tokens.SetupSequence(t => t.NewToken()).Returns("token-1").Returns("token-2");
        var added = CaptureAddedSessions();

        var first = await _service.LoginAsync("ann", Password, CancellationToken.None);
        var second = await _service.LoginAsync("ann", Password, CancellationToken.None);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(second.Value.Token, Is.Not.EqualTo(first.Value.Token));
            Assert.That(added, Has.Count.EqualTo(2));
            Assert.That(added.Select(s => s.Id).Distinct().Count(), Is.EqualTo(2));
            Assert.That(added.Select(s => s.TokenHash), Is.EqualTo(new[] { "sha256:token-1", "sha256:token-2" }));
        }
    }

    private void GivenUser(User user, PasswordCheck check)
    {
        _users.Setup(u => u.FindByNormalizedUsernameAsync(user.NormalizedUsername, It.IsAny<CancellationToken>())).ReturnsAsync(user);
        _hasher.Setup(h => h.Verify(user.PasswordHash, It.IsAny<string>())).Returns(check);
    }

    private List<Session> CaptureAddedSessions()
    {
        var added = new List<Session>();
        _sessions.Setup(s => s.AddAsync(Capture.In(added), It.IsAny<CancellationToken>())).Returns(Task.CompletedTask);
        return added;
    }
}
