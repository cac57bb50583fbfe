using Microsoft.Win32.SafeHandles;

namespace Mirage.Infrastructure.Persistence.Sqlite;

/// <summary>
/// Group commit for SQLite's write-ahead log. Writes commit without waiting for the disk, then each waits
/// for a sync of the log that began after its commit: one sync makes every write committed before it
/// durable, so under load many writes share one, and none is acknowledged before it is on disk.
/// </summary>
public sealed class WalGroupCommit(Action syncLog)
{
    private readonly Lock _lock = new();
    private long _committed;
    private long _durable;
    private Task? _syncing;

    /// <summary>Syncs the write-ahead log of the database file <paramref name="databasePath"/>.</summary>
    public static WalGroupCommit ForDatabase(string databasePath) => new(() => SyncFile(databasePath + "-wal"));

    /// <summary>Counts a write that has just committed.</summary>
    /// <returns>Its number, for <see cref="WaitDurableAsync"/>.</returns>
    public long Committed() => Interlocked.Increment(ref _committed);

    /// <summary>Returns once a sync that began after write <paramref name="write"/> committed has ended.</summary>
    public async Task WaitDurableAsync(long write)
    {
        while (true)
        {
            Task syncing;
            lock (_lock)
            {
                if (_durable >= write)
                {
                    return;
                }

                // A sync already under way may have begun before this write committed: wait for it, then look again.
                syncing = _syncing ??= Task.Run(Sync);
            }

            await syncing;
        }
    }

    private void Sync()
    {
        var upTo = Interlocked.Read(ref _committed);
        try
        {
            syncLog();
            lock (_lock)
            {
                _durable = Math.Max(_durable, upTo);
            }
        }
        finally
        {
            lock (_lock)
            {
                _syncing = null;
            }
        }
    }

    // SQLite deletes the log only after copying it into the database file and syncing that: nothing to sync then.
    private static void SyncFile(string path)
    {
        SafeFileHandle log;
        try
        {
            log = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        }
        catch (FileNotFoundException)
        {
            return;
        }

        using (log)
        {
            RandomAccess.FlushToDisk(log);
        }
    }
}
