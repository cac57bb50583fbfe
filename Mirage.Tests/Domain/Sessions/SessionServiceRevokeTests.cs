using Mirage.Domain.Common;
using Mirage.Domain.Security;
using Mirage.Domain.Sessions;
using Mirage.Tests.Builders;
using Moq;

namespace Mirage.Tests.Domain.Sessions;

public sealed class SessionServiceRevokeTests
{
    private static readonly Guid CurrentSession = Guid.NewGuid();

    private Mock<ISessionRepository> _sessions;
    private Mock<ISecurityEvents> _events;
    private SessionService _service;

    [SetUp]
    public void SetUp()
    {
        _sessions = new Mock<ISessionRepository>();
        _events = new Mock<ISecurityEvents>();
        var currentUser = new Mock<ICurrentUser>();
        currentUser.Setup(c => c.UserId).Returns(42);
        currentUser.Setup(c => c.SessionId).Returns(CurrentSession);
        _service = new SessionService(
            _sessions.Object, Mock.Of<ISessionTokenGenerator>(), TestClock.Create(), new SessionPolicy(), currentUser.Object, _events.Object);
    }

    [Test]
    public async Task RevokeAsync_WithOwnSession_DeletesItAndLogsOneRevocation()
    {
        var sessionId = Guid.NewGuid();
        _sessions.Setup(s => s.DeleteOfUserAsync(42, sessionId, It.IsAny<CancellationToken>())).ReturnsAsync(true);

        var result = await _service.RevokeAsync(sessionId, CancellationToken.None);

        Assert.That(result.Value, Is.EqualTo(sessionId));
        _events.Verify(e => e.SessionsRevoked(42, 1), Times.Once);
    }

    [Test]
    public async Task RevokeAsync_WithSessionTheCallerDoesNotHave_ReturnsNotFoundSessionNotFound()
    {
        var result = await _service.RevokeAsync(Guid.NewGuid(), CancellationToken.None);

        Assert.That(result.Error, Is.EqualTo(new Error(ErrorKind.NotFound, "session not found")));
        _events.VerifyNoOtherCalls();
    }

    [Test]
    public async Task RevokeAllAsync_KeepingCurrent_KeepsTheCallingSessionAndLogsTheCount()
    {
        _sessions.Setup(s => s.DeleteAllOfUserAsync(42, CurrentSession, It.IsAny<CancellationToken>())).ReturnsAsync(2);

        var revoked = await _service.RevokeAllAsync(keepCurrent: true, CancellationToken.None);

        Assert.That(revoked, Is.EqualTo(2));
        _sessions.Verify(s => s.DeleteAllOfUserAsync(42, CurrentSession, It.IsAny<CancellationToken>()), Times.Once);
        _events.Verify(e => e.SessionsRevoked(42, 2), Times.Once);
    }

    [Test]
    public async Task RevokeAllAsync_NotKeepingCurrent_RevokesEverySessionAndLogsTheCount()
    {
        _sessions.Setup(s => s.DeleteAllOfUserAsync(42, null, It.IsAny<CancellationToken>())).ReturnsAsync(3);

        var revoked = await _service.RevokeAllAsync(keepCurrent: false, CancellationToken.None);

        Assert.That(revoked, Is.EqualTo(3));
        _sessions.Verify(s => s.DeleteAllOfUserAsync(42, null, It.IsAny<CancellationToken>()), Times.Once);
        _events.Verify(e => e.SessionsRevoked(42, 3), Times.Once);
    }
}
