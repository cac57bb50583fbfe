using Microsoft.EntityFrameworkCore;
using Mirage.Domain.Sessions;

namespace Mirage.Infrastructure.Persistence.Sessions;

/// <summary>
/// The session look-up that every authenticated request makes, compiled once so a request skips EF's
/// per-call expression-tree work.
/// </summary>
public static class SessionQueries
{
    private static readonly CompiledPerProvider<Func<MirageDbContext, string, CancellationToken, Task<SessionIdentity?>>> ByTokenHashQuery =
        new(() => EF.CompileAsyncQuery((MirageDbContext db, string tokenHash, CancellationToken _) =>
            db.Sessions
                .Where(s => s.TokenHash == tokenHash)
                .Join(db.Users, s => s.UserId, u => u.Id, (s, u) => new SessionIdentity(s.Id, s.UserId, u.Username, s.LastSeenAt, s.ExpiresAt))
                .FirstOrDefault()));

    public static Task<SessionIdentity?> ByTokenHash(MirageDbContext db, string tokenHash, CancellationToken cancellationToken) =>
        ByTokenHashQuery.For(db)(db, tokenHash, cancellationToken);
}
