namespace Mirage.Domain.Sessions;

/// <summary>Turns a presented token into the session it opens, if that session is still valid.</summary>
public class SessionService(
    ISessionRepository sessions,
    ISessionTokenGenerator tokens,
    TimeProvider clock,
    SessionPolicy policy)
{
    public const int MaxTokenLength = 256;

    public async Task<SessionIdentity?> AuthenticateAsync(string token, CancellationToken cancellationToken)
    {
        if (token.Length is 0 or > MaxTokenLength)
        {
            return null;
        }

        var session = await sessions.FindByTokenHashAsync(tokens.Hash(token), cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        if (session is null || session.ExpiresAt <= now)
        {
            return null;
        }

        if (now - session.LastSeenAt >= policy.LastSeenResolution)
        {
            await sessions.UpdateLastSeenAsync(session.SessionId, now, cancellationToken);
        }

        return session;
    }
}
