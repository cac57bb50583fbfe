using Mirage.Domain.Accounts;
using Mirage.Domain.Common;
using Mirage.Domain.Sessions;
using Mirage.Tests.Builders;
using Moq;

namespace Mirage.Tests.Domain.Accounts;

public sealed class AccountServiceLogoutTests
{
    private static readonly Error InvalidToken = new(ErrorKind.Unauthorized, "invalid token");

    private Mock<ISessionRepository> _sessions;
    private AccountService _service;

    [SetUp]
    public void SetUp()
    {
        _sessions = new Mock<ISessionRepository>();
        var tokens = new Mock<ISessionTokenGenerator>();
        tokens.Setup(t => t.Hash(It.IsAny<string>())).Returns<string>(token => "sha256:" + token);
        _service = new AccountServiceBuilder().WithSessions(_sessions.Object).WithTokens(tokens.Object).Build();
    }

    [TestCase(null, null)]
    [TestCase("", "")]
    [TestCase("   ", null)]
    [TestCase(null, " \t ")]
    public async Task LogoutAsync_WithNoTokenInBodyOrHeader_ReturnsInvalidNoTokenProvided(string? bodyToken, string? headerToken)
    {
        var result = await _service.LogoutAsync(bodyToken, headerToken, CancellationToken.None);

        Assert.That(result.Error, Is.EqualTo(new Error(ErrorKind.Invalid, "no token provided")));
        _sessions.VerifyNoOtherCalls();
    }

    [Test]
    public async Task LogoutAsync_WithTokensInBodyAndHeader_EndsTheBodyTokensSession()
    {
        var bodySession = GivenSession("body-token", new SessionIdentityBuilder().Build());
        var headerSession = GivenSession("header-token", new SessionIdentityBuilder().Build());

        var result = await _service.LogoutAsync("body-token", "header-token", CancellationToken.None);

        Assert.That(result.IsSuccess, Is.True);
        _sessions.Verify(s => s.DeleteAsync(bodySession.SessionId, It.IsAny<CancellationToken>()), Times.Once);
        _sessions.Verify(s => s.DeleteAsync(headerSession.SessionId, It.IsAny<CancellationToken>()), Times.Never);
    }

    [TestCase(null)]
    [TestCase("  ")]
    public async Task LogoutAsync_WithTokenOnlyInHeader_EndsTheHeaderTokensSession(string? bodyToken)
    {
        var headerSession = GivenSession("header-token", new SessionIdentityBuilder().Build());

        var result = await _service.LogoutAsync(bodyToken, "header-token", CancellationToken.None);

        Assert.That(result.IsSuccess, Is.True);
        _sessions.Verify(s => s.DeleteAsync(headerSession.SessionId, It.IsAny<CancellationToken>()), Times.Once);
    }

    [Test]
    public async Task LogoutAsync_WithUnknownToken_ReturnsUnauthorizedInvalidTokenAndDeletesNothing()
    {
        var result = await _service.LogoutAsync("never-issued", null, CancellationToken.None);

        Assert.That(result.Error, Is.EqualTo(InvalidToken));
        _sessions.Verify(s => s.DeleteAsync(It.IsAny<Guid>(), It.IsAny<CancellationToken>()), Times.Never);
    }

    [Test]
    public async Task LogoutAsync_WithExpiredToken_ReturnsUnauthorizedInvalidTokenAndDeletesNothing()
    {
        GivenSession("old-token", new SessionIdentityBuilder().WithExpiresAt(TestClock.Start.UtcDateTime.AddSeconds(-1)).Build());

        var result = await _service.LogoutAsync("old-token", null, CancellationToken.None);

        Assert.That(result.Error, Is.EqualTo(InvalidToken));
        _sessions.Verify(s => s.DeleteAsync(It.IsAny<Guid>(), It.IsAny<CancellationToken>()), Times.Never);
    }

    [Test]
    public async Task LogoutAsync_WhenSessionWasDeletedConcurrently_ReturnsUnauthorizedInvalidToken()
    {
        var session = GivenSession("token", new SessionIdentityBuilder().Build());
        _sessions.Setup(s => s.DeleteAsync(session.SessionId, It.IsAny<CancellationToken>())).ReturnsAsync(false);

        var result = await _service.LogoutAsync("token", null, CancellationToken.None);

        Assert.That(result.Error, Is.EqualTo(InvalidToken));
    }

    [Test]
    public async Task LogoutAsync_WithLiveSession_DeletesOnlyThatSessionAndReturnsItsUsername()
    {
        var session = GivenSession("token", new SessionIdentityBuilder().WithUsername("Ann").Build());

        var result = await _service.LogoutAsync("token", null, CancellationToken.None);

        Assert.That(result.Value, Is.EqualTo("Ann"));
        _sessions.Verify(s => s.DeleteAsync(session.SessionId, It.IsAny<CancellationToken>()), Times.Once);
        _sessions.Verify(s => s.DeleteAsync(It.IsAny<Guid>(), It.IsAny<CancellationToken>()), Times.Once);
    }

    private SessionIdentity GivenSession(string token, SessionIdentity session)
    {
        _sessions.Setup(s => s.FindByTokenHashAsync("sha256:" + token, It.IsAny<CancellationToken>())).ReturnsAsync(session);
        _sessions.Setup(s => s.DeleteAsync(session.SessionId, It.IsAny<CancellationToken>())).ReturnsAsync(true);
        return session;
    }
}
