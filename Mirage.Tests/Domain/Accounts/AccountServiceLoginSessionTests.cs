using Microsoft.Extensions.Time.Testing;
using Mirage.Domain.Accounts;
using Mirage.Domain.Passwords;
using Mirage.Domain.Sessions;
using Mirage.Domain.Users;
using Mirage.Tests.Builders;
using Moq;

namespace Mirage.Tests.Domain.Accounts;

/// <summary>What a successful login stores: the session row and the sweep of the user's ended sessions.</summary>
public sealed class AccountServiceLoginSessionTests
{
    private const string Password = "correct horse battery staple";

    private SessionPolicy _policy;
    private Mock<IUserRepository> _users;
    private Mock<ISessionRepository> _sessions;
    private Mock<IPasswordHasher> _hasher;
    private Mock<ISessionTokenGenerator> _tokens;
    private Mock<IClientInfo> _client;
    private FakeTimeProvider _clock;
    private AccountService _service;

    [SetUp]
    public void SetUp()
    {
        _policy = new SessionPolicy();
        _users = new Mock<IUserRepository>();
        _sessions = new Mock<ISessionRepository>();
        _hasher = new Mock<IPasswordHasher>();
        _tokens = new Mock<ISessionTokenGenerator>();
        _tokens.Setup(t => t.NewToken()).Returns("token-1");
        _tokens.Setup(t => t.Hash(It.IsAny<string>())).Returns<string>(token => "sha256:" + token);
        _client = new Mock<IClientInfo>();
        _clock = TestClock.Create();
        _service = new AccountServiceBuilder()
            .WithUsers(_users.Object)
            .WithSessions(_sessions.Object)
            .WithHasher(_hasher.Object)
            .WithTokens(_tokens.Object)
            .WithClient(_client.Object)
            .WithClock(_clock)
            .WithSessionPolicy(_policy)
            .Build();
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
    public async Task LoginAsync_WithConfiguredAbsoluteTimeout_ExpiresTheSessionThatLongAfterLogin()
    {
        _policy.AbsoluteTimeout = TimeSpan.FromHours(12);
        GivenUser(new UserBuilder().Build(), PasswordCheck.Success);
        var added = CaptureAddedSessions();

        await _service.LoginAsync("ann", Password, CancellationToken.None);

        Assert.That(added.Single().ExpiresAt, Is.EqualTo(TestClock.Start.UtcDateTime.AddHours(12)));
    }

    [Test]
    public async Task LoginAsync_WithRightPassword_SweepsTheUsersEndedSessions()
    {
        GivenUser(new UserBuilder().WithId(42).Build(), PasswordCheck.Success);
        _clock.Advance(TimeSpan.FromHours(1));
        var now = TestClock.Start.UtcDateTime.AddHours(1);

        await _service.LoginAsync("ann", Password, CancellationToken.None);

        _sessions.Verify(s => s.DeleteEndedOfUserAsync(42, now, now - _policy.IdleTimeout, It.IsAny<CancellationToken>()), Times.Once);
    }

    [TestCase(null)]
    [TestCase("curl/8.5.0")]
    public async Task LoginAsync_RecordsTheClientsUserAgent(string? userAgent)
    {
        GivenUser(new UserBuilder().Build(), PasswordCheck.Success);
        _client.Setup(c => c.UserAgent).Returns(userAgent);
        var added = CaptureAddedSessions();

        await _service.LoginAsync("ann", Password, CancellationToken.None);

        Assert.That(added.Single().UserAgent, Is.EqualTo(userAgent));
    }

    [Test]
    public async Task LoginAsync_WithOverlongUserAgent_StoresItsFirst512Characters()
    {
        GivenUser(new UserBuilder().Build(), PasswordCheck.Success);
        var userAgent = "Mozilla/5.0 " + new string('x', 2 * Session.UserAgentMaxLength);
        _client.Setup(c => c.UserAgent).Returns(userAgent);
        var added = CaptureAddedSessions();

        await _service.LoginAsync("ann", Password, CancellationToken.None);

        Assert.That(added.Single().UserAgent, Is.EqualTo(userAgent[..Session.UserAgentMaxLength]));
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
