using Microsoft.EntityFrameworkCore;

namespace Mirage.Infrastructure.Persistence;

/// <summary>
/// Runs a unit of work (one that opens its own transaction, or a single statement) through the provider's
/// execution strategy. On PostgreSQL a transient failure (a deadlock between two writers, a dropped connection)
/// rolls the transaction back and the whole unit runs again from a clean change tracker; on SQLite it runs once.
/// </summary>
public static class TransientRetry
{
    public static Task<T> RetryOnTransientAsync<T>(
        this MirageDbContext db, Func<CancellationToken, Task<T>> unitOfWork, CancellationToken cancellationToken) =>
        db.Database.CreateExecutionStrategy().ExecuteAsync(
            async attemptCancellation =>
            {
                db.ChangeTracker.Clear();
                return await unitOfWork(attemptCancellation);
            },
            cancellationToken);
}
