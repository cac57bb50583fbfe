using Mirage.Domain.Import;
using Mirage.Infrastructure.Persistence;

namespace Mirage.Infrastructure.Import;

/// <summary>
/// One import in progress: the source, the target context, the report, and the legacy keys seen so far (later
/// tables point at users by name and at posts and rooms by id). Rows are written in batches and the change
/// tracker is emptied after each, so memory stays flat however large the tables are.
/// </summary>
public sealed class ImportRun(LegacySource source, MirageDbContext db, IImportProgress progress, DateTime now, CancellationToken cancellation)
{
    private const int BatchSize = 2_000;
    private const int ProgressEvery = 10_000;

    private int _pending;

    public LegacySource Source => source;

    public MirageDbContext Db => db;

    public DateTime Now => now;

    public CancellationToken Cancellation => cancellation;

    public ImportReport Report { get; } = new();

    /// <summary>Mirage's user id for each legacy username (the first backend's keys are case-sensitive names).</summary>
    public Dictionary<string, long> UserIds { get; } = new(StringComparer.Ordinal);

    public HashSet<long> PostIds { get; } = [];

    public HashSet<long> RoomIds { get; } = [];

    public TableCounts Begin(string table)
    {
        // A table's rows are only ever added, never changed once tracked: change detection would find nothing.
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        progress.Started(table);
        return Report.Table(table);
    }

    public void Read(string table, TableCounts counts)
    {
        counts.CountRead();
        if (counts.Read % ProgressEvery == 0)
        {
            progress.Advanced(table, counts.Read);
        }
    }

    public async Task AddAsync(object entity, TableCounts counts)
    {
        db.Add(entity);
        counts.CountImported();
        if (++_pending >= BatchSize)
        {
            await FlushAsync();
        }
    }

    public async Task EndAsync(string table, TableCounts counts)
    {
        await FlushAsync();
        db.ChangeTracker.AutoDetectChangesEnabled = true;
        progress.Advanced(table, counts.Read);
        progress.Finished(table, counts);
    }

    public void Change(string table, long legacyId, string field, string from, string to, string reason) =>
        Report.Changes.Add(new Rename(table, legacyId, field, from, to, reason));

    private async Task FlushAsync()
    {
        await db.SaveChangesAsync(cancellation);
        db.ChangeTracker.Clear();
        _pending = 0;
    }
}
