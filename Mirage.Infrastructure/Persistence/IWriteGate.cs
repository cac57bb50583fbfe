namespace Mirage.Infrastructure.Persistence;

/// <summary>
/// Where a write waits for its turn; one per application, chosen by provider. SQLite has one writer at a
/// time, so its gate lets this process's writes in one by one (<see cref="Sqlite.SqliteWriteGate"/>);
/// PostgreSQL locks rows, not the database, so its writes run side by side (<see cref="Postgres.PostgresWriteGate"/>).
/// </summary>
public interface IWriteGate
{
    /// <summary>Runs <paramref name="write"/>, which writes through <paramref name="db"/>, when it is its turn.</summary>
    Task<T> RunAsync<T>(MirageDbContext db, Func<CancellationToken, Task<T>> write, CancellationToken cancellationToken);
}
