using Microsoft.EntityFrameworkCore;
using Mirage.Domain.Rooms;

namespace Mirage.Infrastructure.Persistence.Rooms;

public sealed class RoomLockoutStore(MirageDbContext db, DatabaseWrites writes) : IRoomLockoutStore
{
    public Task<DateTime?> FindLockedUntilAsync(long roomId, long userId, CancellationToken cancellationToken) =>
        Of(roomId, userId).Select(l => l.LockedUntil).FirstOrDefaultAsync(cancellationToken);

    public Task<int> RecordFailureAsync(long roomId, long userId, CancellationToken cancellationToken) =>
        writes.RunAsync(attempt => RecordFailureOnceAsync(roomId, userId, attempt), cancellationToken);

    // The first failure inserts the row; a concurrent first failure loses the insert and counts on the winner's row.
    private async Task<int> RecordFailureOnceAsync(long roomId, long userId, CancellationToken cancellationToken)
    {
        while (true)
        {
            await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
            {
                if (await Of(roomId, userId).ExecuteUpdateAsync(set => set.SetProperty(l => l.FailedCount, l => l.FailedCount + 1), cancellationToken) > 0)
                {
                    var failures = await Of(roomId, userId).Select(l => l.FailedCount).FirstAsync(cancellationToken);
                    await transaction.CommitAsync(cancellationToken);
                    return failures;
                }
            }

            db.RoomLockouts.Add(new RoomLockout { RoomId = roomId, UserId = userId, FailedCount = 1 });
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                return 1;
            }
            catch (DbUpdateException exception) when (UniqueViolation.Is(exception))
            {
                db.ChangeTracker.Clear();
            }
        }
    }

    public Task LockAsync(long roomId, long userId, DateTime until, CancellationToken cancellationToken) =>
        writes.RunOnceAsync(turn => Of(roomId, userId).ExecuteUpdateAsync(set => set.SetProperty(l => l.LockedUntil, until), turn), cancellationToken);

    public Task ResetAsync(long roomId, long userId, CancellationToken cancellationToken) =>
        writes.RunOnceAsync(turn => Of(roomId, userId).ExecuteDeleteAsync(turn), cancellationToken);

    private IQueryable<RoomLockout> Of(long roomId, long userId) => db.RoomLockouts.Where(l => l.RoomId == roomId && l.UserId == userId);
}
