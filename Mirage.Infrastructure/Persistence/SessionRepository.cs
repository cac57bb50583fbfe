using Microsoft.EntityFrameworkCore;
using Mirage.Domain.Sessions;

namespace Mirage.Infrastructure.Persistence;

public sealed class SessionRepository(MirageDbContext db) : ISessionRepository
{
    public async Task AddAsync(Session session, CancellationToken cancellationToken)
    {
        db.Sessions.Add(session);
        await db.SaveChangesAsync(cancellationToken);
    }

    public Task<SessionIdentity?> FindByTokenHashAsync(string tokenHash, CancellationToken cancellationToken) =>
        db.Sessions.AsNoTracking()
            .Where(s => s.TokenHash == tokenHash)
            .Join(db.Users, s => s.UserId, u => u.Id, (s, u) => new SessionIdentity(s.Id, s.UserId, u.Username, s.LastSeenAt, s.ExpiresAt))
            .FirstOrDefaultAsync(cancellationToken);

    public async Task<bool> DeleteAsync(Guid sessionId, CancellationToken cancellationToken) =>
        await db.Sessions.Where(s => s.Id == sessionId).ExecuteDeleteAsync(cancellationToken) > 0;

    public Task UpdateLastSeenAsync(Guid sessionId, DateTime lastSeenAt, CancellationToken cancellationToken) =>
        db.Sessions.Where(s => s.Id == sessionId)
            .ExecuteUpdateAsync(set => set.SetProperty(s => s.LastSeenAt, lastSeenAt), cancellationToken);
}
