using Microsoft.EntityFrameworkCore;
using Mirage.Domain.Sessions;

namespace Mirage.Infrastructure.Persistence.Sessions;

public sealed class SessionRepository(MirageDbContext db, DatabaseWrites writes) : ISessionRepository
{
    public Task AddAsync(Session session, CancellationToken cancellationToken) =>
        writes.RunOnceAsync(
            turn =>
            {
                db.Sessions.Add(session);
                return db.SaveChangesAsync(turn);
            },
            cancellationToken);

    public Task<SessionIdentity?> FindByTokenHashAsync(string tokenHash, CancellationToken cancellationToken) =>
        SessionQueries.ByTokenHash(db, tokenHash, cancellationToken);

    public Task<DateTime?> FindCreatedAtAsync(Guid sessionId, CancellationToken cancellationToken) =>
        db.Sessions.Where(s => s.Id == sessionId).Select(s => (DateTime?)s.CreatedAt).FirstOrDefaultAsync(cancellationToken);

    public async Task<IReadOnlyList<Session>> ListByUserAsync(long userId, CancellationToken cancellationToken) =>
        await db.Sessions.AsNoTracking()
            .Where(s => s.UserId == userId)
            .OrderByDescending(s => s.CreatedAt)
            .ToListAsync(cancellationToken);

    public async Task<bool> DeleteOfUserAsync(long userId, Guid sessionId, CancellationToken cancellationToken) =>
        await writes.RunOnceAsync(turn => db.Sessions.Where(s => s.Id == sessionId && s.UserId == userId).ExecuteDeleteAsync(turn), cancellationToken) > 0;

    public Task<int> DeleteAllOfUserAsync(long userId, Guid? keep, CancellationToken cancellationToken) =>
        writes.RunOnceAsync(turn => db.Sessions.Where(s => s.UserId == userId && s.Id != keep).ExecuteDeleteAsync(turn), cancellationToken);

    public Task DeleteEndedOfUserAsync(long userId, DateTime now, DateTime idleSince, CancellationToken cancellationToken) =>
        writes.RunOnceAsync(
            turn => db.Sessions.Where(s => s.UserId == userId && (s.ExpiresAt <= now || s.LastSeenAt < idleSince)).ExecuteDeleteAsync(turn),
            cancellationToken);

    public async Task<bool> DeleteAsync(Guid sessionId, CancellationToken cancellationToken) =>
        await writes.RunOnceAsync(turn => db.Sessions.Where(s => s.Id == sessionId).ExecuteDeleteAsync(turn), cancellationToken) > 0;

    public Task UpdateLastSeenAsync(Guid sessionId, DateTime lastSeenAt, CancellationToken cancellationToken) =>
        writes.RunOnceAsync(
            turn => db.Sessions.Where(s => s.Id == sessionId).ExecuteUpdateAsync(set => set.SetProperty(s => s.LastSeenAt, lastSeenAt), turn),
            cancellationToken);
}
