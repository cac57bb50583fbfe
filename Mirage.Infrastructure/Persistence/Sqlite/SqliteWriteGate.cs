using Microsoft.EntityFrameworkCore;

namespace Mirage.Infrastructure.Persistence.Sqlite;

/// <summary>
/// Lets this process's writes to the SQLite file in one at a time, in the order they arrive, and makes
/// them durable together. SQLite has a single writer: a transaction that finds another one writing gets
/// SQLite's "busy" answer, and Microsoft.Data.Sqlite then blocks its thread for 150 ms before it tries
/// again, so under load writes wait through rounds of sleeps in no particular order instead of for the
/// writes ahead of them. Behind the gate a write begins when the one before it has ended.
/// </summary>
/// <remarks>
/// <para>
/// With SQLite's default <c>synchronous = FULL</c> every commit also waits for its own sync of the
/// write-ahead log, inside the single writer's turn, so the disk's sync time bounds the writes per second
/// for everyone. Behind the gate a write commits with <c>synchronous = NORMAL</c> (the log written, not yet
/// synced), leaves the gate, and waits for a sync of the log shared with the writes around it
/// (<see cref="WalGroupCommit"/>): nothing is acknowledged before it is on disk, as before. The connection
/// goes back to its setting before the next writer's turn, so a write that does not go through the gate
/// keeps its own sync. Without a write-ahead log (Mirage turns it on at start-up) commits keep their own
/// sync, since <c>NORMAL</c> is not safe for a rollback journal.
/// </para>
/// <para>
/// A writer the gate does not see (another process, a write that does not go through it) still meets the
/// busy handling, as before.
/// </para>
/// </remarks>
public sealed class SqliteWriteGate : IWriteGate, IDisposable
{
    // Kept statements, as they run in the single writer's turn on every write. SQLite applies this PRAGMA while it
    // compiles it, and compiles a PRAGMA statement again each time it runs (SqliteWriteGateTests).
    private static readonly DirectWrite SyncLater = new("PRAGMA synchronous = NORMAL");

    // Its asynchronous waiters are let in first come, first served.
    private readonly SemaphoreSlim _turn = new(1, 1);
    private bool _inspected;
    private WalGroupCommit? _groupCommit;
    private DirectWrite _restoreSynchronous = new("PRAGMA synchronous = FULL");

    public async Task<T> RunAsync<T>(MirageDbContext db, Func<CancellationToken, Task<T>> write, CancellationToken cancellationToken)
    {
        await _turn.WaitAsync(cancellationToken);
        T result;
        long written;
        try
        {
            if (!_inspected)
            {
                _groupCommit = await GroupCommitForAsync(db, cancellationToken);
                var synchronous = (await db.Database.SqlQueryRaw<int>("PRAGMA synchronous").ToListAsync(cancellationToken)).Single();
                _restoreSynchronous = new DirectWrite(FormattableString.Invariant($"PRAGMA synchronous = {synchronous}"));
                _inspected = true;
            }

            if (_groupCommit is null)
            {
                return await write(cancellationToken);
            }

            await SyncLater.ExecuteAsync(db, [], cancellationToken);
            try
            {
                result = await write(cancellationToken);
            }
            finally
            {
                await _restoreSynchronous.ExecuteAsync(db, [], CancellationToken.None);
            }

            written = _groupCommit.Committed();
        }
        finally
        {
            _turn.Release();
        }

        await _groupCommit.WaitDurableAsync(written);
        return result;
    }

    public void Dispose() => _turn.Dispose();

    private static async Task<WalGroupCommit?> GroupCommitForAsync(MirageDbContext db, CancellationToken cancellationToken)
    {
        var journalMode = (await db.Database.SqlQueryRaw<string>("PRAGMA journal_mode").ToListAsync(cancellationToken)).Single();
        var file = db.Database.GetDbConnection().DataSource;
        return journalMode.Equals("wal", StringComparison.OrdinalIgnoreCase) && !string.IsNullOrEmpty(file)
            ? WalGroupCommit.ForDatabase(file)
            : null;
    }
}
