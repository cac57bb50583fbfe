using Microsoft.EntityFrameworkCore;
using Mirage.Domain.Passwords;
using Mirage.Infrastructure.Persistence.Users;

namespace Mirage.Infrastructure.Persistence.Passwords;

public sealed class LockoutStore(MirageDbContext db, DatabaseWrites writes) : ILockoutStore
{
    public Task<int> RecordFailedLoginAsync(long userId, CancellationToken cancellationToken) =>
        writes.RunAsync(attempt => RecordFailedLoginOnceAsync(userId, attempt), cancellationToken);

    private async Task<int> RecordFailedLoginOnceAsync(long userId, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.UserById(userId).ExecuteUpdateAsync(set => set.SetProperty(u => u.FailedLoginCount, u => u.FailedLoginCount + 1), cancellationToken);
        var failures = await db.UserById(userId).Select(u => u.FailedLoginCount).FirstOrDefaultAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return failures;
    }

    public Task LockAsync(long userId, DateTime until, CancellationToken cancellationToken) =>
        writes.RunOnceAsync(
            turn => db.UserById(userId).ExecuteUpdateAsync(set => set.SetProperty(u => u.LockedUntil, until), turn), cancellationToken);

    public Task ResetFailedLoginsAsync(long userId, CancellationToken cancellationToken) =>
        writes.RunOnceAsync(
            turn => db.UserById(userId).ExecuteUpdateAsync(
                set => set.SetProperty(u => u.FailedLoginCount, 0).SetProperty(u => u.LockedUntil, (DateTime?)null), turn),
            cancellationToken);
}
