namespace Mirage.Infrastructure.Persistence.Postgres;

/// <summary>
/// PostgreSQL's writers wait only for the rows they share, inside the database, so a write runs at once.
/// </summary>
public sealed class PostgresWriteGate : IWriteGate
{
    public Task<T> RunAsync<T>(MirageDbContext db, Func<CancellationToken, Task<T>> write, CancellationToken cancellationToken) =>
        write(cancellationToken);
}
