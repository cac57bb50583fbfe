using Microsoft.Extensions.Time.Testing;
using Mirage.Domain.Security;
using Mirage.Domain.Sessions;
using Mirage.Tests.Builders;
using Moq;

namespace Mirage.Tests.Domain.Sessions;

public sealed class SessionServiceTests
{
    private const string Token = "token";

    private SessionPolicy _policy;
    private Mock<ISessionRepository> _sessions;
    private Mock<ISessionTokenGenerator> _tokens;
    private FakeTimeProvider _clock;
    private SessionService _service;

    [SetUp]
    public void SetUp()
    {
        _policy = new SessionPolicy { LastSeenResolution = TimeSpan.FromMinutes(1) };
        _sessions = new Mock<ISessionRepository>();
        _tokens = new Mock<ISessionTokenGenerator>();
        _tokens.Setup(t => t.Hash(It.IsAny<string>())).Returns<string>(token => "sha256:" + token);
        _clock = TestClock.Create();
        _service = new SessionService(_sessions.Object, _tokens.Object, _clock, _policy, new Mock<ICurrentUser>().Object, new Mock<ISecurityEvents>().Object);
    }

    [Test]
    public async Task AuthenticateAsync_WithUnknownToken_ReturnsNull()
    {
        GivenSession(new SessionIdentityBuilder().Build());

        var identity = await _service.AuthenticateAsync("some-other-token", CancellationToken.None);

        Assert.That(identity, Is.Null);
    }

    [TestCase(0)]
    [TestCase(1)]
    [TestCase(3600)]
    public async Task AuthenticateAsync_WhenSessionExpiredSecondsAgo_ReturnsNullAndWritesNothing(int secondsAgo)
    {
        var expiresAt = TestClock.Start.UtcDateTime.AddDays(1);
        GivenSession(new SessionIdentityBuilder().WithExpiresAt(expiresAt).Build());
        _clock.SetUtcNow(new DateTimeOffset(expiresAt).AddSeconds(secondsAgo));

        var identity = await _service.AuthenticateAsync(Token, CancellationToken.None);

        Assert.That(identity, Is.Null);
        _sessions.Verify(s => s.UpdateLastSeenAsync(It.IsAny<Guid>(), It.IsAny<DateTime>(), It.IsAny<CancellationToken>()), Times.Never);
    }

    [Test]
    public async Task AuthenticateAsync_WhenIdleForTheIdleTimeout_ReturnsNullThoughTheAbsoluteLimitIsFar()
    {
        GivenSession(new SessionIdentityBuilder().WithExpiresAt(TestClock.Start.UtcDateTime.AddDays(30)).Build());
        _clock.Advance(_policy.IdleTimeout);

        var identity = await _service.AuthenticateAsync(Token, CancellationToken.None);

        Assert.That(identity, Is.Null);
    }

    [Test]
    public async Task AuthenticateAsync_PastTheAbsoluteLimit_ReturnsNullThoughSeenAMinuteAgo()
    {
        var expiresAt = TestClock.Start.UtcDateTime.AddDays(30);
        var lastSeenAt = expiresAt.AddMinutes(-1);
        GivenSession(new SessionIdentityBuilder().WithLastSeenAt(lastSeenAt).WithExpiresAt(expiresAt).Build());
        _clock.SetUtcNow(new DateTimeOffset(expiresAt));

        var identity = await _service.AuthenticateAsync(Token, CancellationToken.None);

        Assert.That(identity, Is.Null);
        _sessions.Verify(s => s.UpdateLastSeenAsync(It.IsAny<Guid>(), It.IsAny<DateTime>(), It.IsAny<CancellationToken>()), Times.Never);
    }

    [Test]
    public async Task AuthenticateAsync_WithConfiguredIdleTimeout_UsesIt()
    {
        _policy.IdleTimeout = TimeSpan.FromHours(1);
        GivenSession(new SessionIdentityBuilder().Build());
        _clock.Advance(TimeSpan.FromMinutes(61));

        var identity = await _service.AuthenticateAsync(Token, CancellationToken.None);

        Assert.That(identity, Is.Null);
    }

    [Test]
    public async Task AuthenticateAsync_WithLiveSession_ReturnsItsIdentity()
    {
        var session = GivenSession(new SessionIdentityBuilder().WithUserId(42).WithUsername("Ann").Build());
        _clock.Advance(TimeSpan.FromDays(7) - TimeSpan.FromSeconds(1));

        var identity = await _service.AuthenticateAsync(Token, CancellationToken.None);

        Assert.That(identity, Is.EqualTo(session));
    }

    [Test]
    public async Task AuthenticateAsync_WhenLastSeenIsNewerThanResolution_DoesNotWriteLastSeen()
    {
        GivenSession(new SessionIdentityBuilder().Build());
        _clock.Advance(_policy.LastSeenResolution - TimeSpan.FromSeconds(1));

        await _service.AuthenticateAsync(Token, CancellationToken.None);

        _sessions.Verify(s => s.UpdateLastSeenAsync(It.IsAny<Guid>(), It.IsAny<DateTime>(), It.IsAny<CancellationToken>()), Times.Never);
    }

    [TestCase(60)]
    [TestCase(3600)]
    public async Task AuthenticateAsync_WhenLastSeenIsAtLeastResolutionOld_WritesLastSeenAsNow(int secondsSinceLastSeen)
    {
        var session = GivenSession(new SessionIdentityBuilder().Build());
        _clock.Advance(TimeSpan.FromSeconds(secondsSinceLastSeen));

        await _service.AuthenticateAsync(Token, CancellationToken.None);

        _sessions.Verify(
            s => s.UpdateLastSeenAsync(session.SessionId, _clock.GetUtcNow().UtcDateTime, It.IsAny<CancellationToken>()), Times.Once);
    }

    [TestCase(0)]
    [TestCase(SessionService.MaxTokenLength + 1)]
    [TestCase(100_000)]
    public async Task AuthenticateAsync_WithEmptyOrOverlongToken_ReturnsNullWithoutTouchingRepository(int length)
    {
        var identity = await _service.AuthenticateAsync(new string('a', length), CancellationToken.None);

        Assert.That(identity, Is.Null);
        _sessions.VerifyNoOtherCalls();
        _tokens.Verify(t => t.Hash(It.IsAny<string>()), Times.Never);
    }

    [Test]
    public async Task AuthenticateAsync_WithTokenOfMaxLength_LooksItUp()
    {
        var token = new string('a', SessionService.MaxTokenLength);
        var session = GivenSession(new SessionIdentityBuilder().Build(), token);

        var identity = await _service.AuthenticateAsync(token, CancellationToken.None);

        Assert.That(identity, Is.EqualTo(session));
    }

    private SessionIdentity GivenSession(SessionIdentity session, string token = Token)
    {
        _sessions.Setup(s => s.FindByTokenHashAsync("sha256:" + token, It.IsAny<CancellationToken>())).ReturnsAsync(session);
        return session;
    }
}
