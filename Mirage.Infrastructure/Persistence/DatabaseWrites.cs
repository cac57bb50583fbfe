namespace Mirage.Infrastructure.Persistence;

/// <summary>How repositories run their writes: each in its turn (<see cref="IWriteGate"/>).</summary>
public sealed class DatabaseWrites(MirageDbContext db, IWriteGate gate)
{
    /// <summary>
    /// Runs a unit of work (one that opens its own transaction, or a single statement); on PostgreSQL it runs
    /// again after a transient failure (<see cref="TransientRetry"/>).
    /// </summary>
    public Task<T> RunAsync<T>(Func<CancellationToken, Task<T>> unitOfWork, CancellationToken cancellationToken) =>
        gate.RunAsync(db, turn => db.RetryOnTransientAsync(unitOfWork, turn), cancellationToken);

    /// <inheritdoc cref="RunAsync{T}"/>
    public Task RunAsync(Func<CancellationToken, Task> unitOfWork, CancellationToken cancellationToken) =>
        RunAsync(
            async attempt =>
            {
                await unitOfWork(attempt);
                return true;
            },
            cancellationToken);

    /// <summary>
    /// Runs writes that need no transaction of their own (a single EF Core statement), once: EF Core's own
    /// execution strategy retries its statements. A <see cref="DirectWrite"/> goes through <c>RunAsync</c>.
    /// </summary>
    public Task<T> RunOnceAsync<T>(Func<CancellationToken, Task<T>> write, CancellationToken cancellationToken) =>
        gate.RunAsync(db, write, cancellationToken);

    /// <inheritdoc cref="RunOnceAsync{T}"/>
    public Task RunOnceAsync(Func<CancellationToken, Task> write, CancellationToken cancellationToken) =>
        gate.RunAsync(
            db,
            async turn =>
            {
                await write(turn);
                return true;
            },
            cancellationToken);
}
