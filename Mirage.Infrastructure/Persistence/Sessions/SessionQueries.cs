using Mirage.Domain.Sessions;

namespace Mirage.Infrastructure.Persistence.Sessions;

/// <summary>The session look-up that every authenticated request makes, as a <see cref="DirectRead{T}"/>.</summary>
public static class SessionQueries
{
    public static readonly DirectRead<SessionIdentity> ByTokenHashRead = new(
        """
        SELECT s.id, s.user_id, u.username, s.last_seen_at, s.expires_at
        FROM sessions AS s INNER JOIN users AS u ON s.user_id = u.id
        WHERE s.token_hash = @p
        LIMIT 1
        """,
        typeof(Session),
        nameof(Session.TokenHash),
        row => new SessionIdentity(row.GetGuid(0), row.GetInt64(1), row.GetString(2), row.GetUtcDateTime(3), row.GetUtcDateTime(4)));

    public static Task<SessionIdentity?> ByTokenHash(MirageDbContext db, string tokenHash, CancellationToken cancellationToken) =>
        ByTokenHashRead.FirstOrDefaultAsync(db, tokenHash, cancellationToken);
}
