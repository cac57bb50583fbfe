using Mirage.Domain.Common;
using Mirage.Domain.Security;

namespace Mirage.Domain.Sessions;

/// <summary>Turns presented tokens into live sessions, and lets people see and end their own sessions.</summary>
public class SessionService(
    ISessionRepository sessions,
    ISessionTokenGenerator tokens,
    TimeProvider clock,
    SessionPolicy policy,
    ICurrentUser currentUser,
    ISecurityEvents events)
{
    public const int MaxTokenLength = 256;

    /// <returns>The session the token opens, or <c>null</c> when it is unknown, revoked, idle too long or expired.</returns>
    public async Task<SessionIdentity?> AuthenticateAsync(string token, CancellationToken cancellationToken)
    {
        if (token.Length is 0 or > MaxTokenLength)
        {
            return null;
        }

        var session = await sessions.FindByTokenHashAsync(tokens.Hash(token), cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        if (session is null || policy.EndOf(session.LastSeenAt, session.ExpiresAt) <= now)
        {
            return null;
        }

        if (now - session.LastSeenAt >= policy.LastSeenResolution)
        {
            await sessions.UpdateLastSeenAsync(session.SessionId, now, cancellationToken);
        }

        return session;
    }

    public async Task<IReadOnlyList<SessionView>> ListAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var mine = await sessions.ListByUserAsync(currentUser.UserId, cancellationToken);
        return mine
            .Select(s => new SessionView(s.Id, s.CreatedAt, s.LastSeenAt, policy.EndOf(s.LastSeenAt, s.ExpiresAt), s.UserAgent, s.Id == currentUser.SessionId))
            .Where(s => s.ExpiresAt > now)
            .ToList();
    }

    public async Task<Result<Guid>> RevokeAsync(Guid sessionId, CancellationToken cancellationToken)
    {
        if (!await sessions.DeleteOfUserAsync(currentUser.UserId, sessionId, cancellationToken))
        {
            return SessionErrors.NotFound;
        }

        events.SessionsRevoked(currentUser.UserId, 1);
        return sessionId;
    }

    /// <returns>How many sessions ended.</returns>
    public async Task<int> RevokeAllAsync(bool keepCurrent, CancellationToken cancellationToken)
    {
        var revoked = await sessions.DeleteAllOfUserAsync(currentUser.UserId, keepCurrent ? currentUser.SessionId : null, cancellationToken);
        events.SessionsRevoked(currentUser.UserId, revoked);
        return revoked;
    }
}
