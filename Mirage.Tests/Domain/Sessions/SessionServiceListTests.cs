using Microsoft.Extensions.Time.Testing;
using Mirage.Domain.Security;
using Mirage.Domain.Sessions;
using Mirage.Tests.Builders;
using Moq;

namespace Mirage.Tests.Domain.Sessions;

public sealed class SessionServiceListTests
{
    private static readonly Guid CurrentSession = Guid.NewGuid();
    private static readonly DateTime Start = TestClock.Start.UtcDateTime;

    private readonly SessionPolicy _policy = new();
    private Mock<ISessionRepository> _sessions;
    private FakeTimeProvider _clock;
    private SessionService _service;

    [SetUp]
    public void SetUp()
    {
        _sessions = new Mock<ISessionRepository>();
        _clock = TestClock.Create();
        var currentUser = new Mock<ICurrentUser>();
        currentUser.Setup(c => c.UserId).Returns(42);
        currentUser.Setup(c => c.SessionId).Returns(CurrentSession);
        _service = new SessionService(
            _sessions.Object, Mock.Of<ISessionTokenGenerator>(), _clock, _policy, currentUser.Object, Mock.Of<ISecurityEvents>());
    }

    [Test]
    public async Task ListAsync_ShowsEachSessionsFieldsAndMarksOnlyTheCallingOne()
    {
        var other = new SessionBuilder().WithUserId(42).WithCreatedAt(Start.AddDays(-3)).WithLastSeenAt(Start.AddHours(-2)).WithUserAgent("curl/8.5.0").Build();
        var current = new SessionBuilder().WithId(CurrentSession).WithUserId(42).Build();
        GivenSessions(current, other);

        var views = await _service.ListAsync(CancellationToken.None);

        Assert.That(views, Is.EqualTo(new[]
        {
            new SessionView(CurrentSession, Start, Start, Start.AddDays(7), current.UserAgent, Current: true),
            new SessionView(other.Id, Start.AddDays(-3), Start.AddHours(-2), Start.AddHours(-2).AddDays(7), "curl/8.5.0", Current: false),
        }));
    }

    [Test]
    public async Task ListAsync_WhenTheAbsoluteLimitComesFirst_ShowsItAsExpiresAt()
    {
        GivenSessions(new SessionBuilder().WithUserId(42).WithExpiresAt(Start.AddDays(2)).Build());

        var views = await _service.ListAsync(CancellationToken.None);

        Assert.That(views.Single().ExpiresAt, Is.EqualTo(Start.AddDays(2)));
    }

    [Test]
    public async Task ListAsync_HidesIdleAndExpiredSessions()
    {
        var live = new SessionBuilder().WithUserId(42).WithLastSeenAt(Start.AddDays(-7).AddSeconds(1)).Build();
        var idle = new SessionBuilder().WithUserId(42).WithLastSeenAt(Start.AddDays(-7)).Build();
        var expired = new SessionBuilder().WithUserId(42).WithLastSeenAt(Start).WithExpiresAt(Start).Build();
        GivenSessions(live, idle, expired);

        var views = await _service.ListAsync(CancellationToken.None);

        Assert.That(views.Select(v => v.Id), Is.EqualTo(new[] { live.Id }));
    }

    [Test]
    public async Task ListAsync_WithNoSessions_ReturnsAnEmptyList()
    {
        GivenSessions();

        var views = await _service.ListAsync(CancellationToken.None);

        Assert.That(views, Is.Empty);
    }

    private void GivenSessions(params Session[] sessions) =>
        _sessions.Setup(s => s.ListByUserAsync(42, It.IsAny<CancellationToken>())).ReturnsAsync(sessions);
}
