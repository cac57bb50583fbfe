using Mirage.Domain.Import;

namespace Mirage.Infrastructure.Import;

/// <summary>
/// One import in progress: the source, the report, and the legacy keys seen so far (later tables point at users
/// by name and at posts and rooms by id). Rows go to the provider's <see cref="IImportWriter"/> in batches, so
/// memory stays flat however large the tables are.
/// </summary>
public sealed class ImportRun(LegacySource source, IImportWriter writer, IImportProgress progress, DateTime now, CancellationToken cancellation)
{
    private const int BatchSize = 2_000;
    private const int ProgressEvery = 10_000;

    private readonly List<object> _pending = new(BatchSize);

    public LegacySource Source => source;

    public DateTime Now => now;

    public CancellationToken Cancellation => cancellation;

    public ImportReport Report { get; } = new();

    /// <summary>Mirage's user id for each legacy username (the first backend's keys are case-sensitive names).</summary>
    public Dictionary<string, long> UserIds { get; } = new(StringComparer.Ordinal);

    public HashSet<long> PostIds { get; } = [];

    public HashSet<long> RoomIds { get; } = [];

    public TableCounts Begin(string table)
    {
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

    /// <summary>Adds an imported row of the table being counted.</summary>
    public Task AddAsync(object entity, TableCounts counts)
    {
        counts.CountImported();
        return AddAlongsideAsync(entity);
    }

    /// <summary>Adds a row that comes with an imported one and is not counted on its own (a post's hashtags).</summary>
    public async Task AddAlongsideAsync(object entity)
    {
        _pending.Add(entity);
        if (_pending.Count >= BatchSize)
        {
            await FlushAsync();
        }
    }

    public async Task EndAsync(string table, TableCounts counts)
    {
        await FlushAsync();
        progress.Advanced(table, counts.Read);
        progress.Finished(table, counts);
    }

    public void Change(string table, long legacyId, string field, string from, string to, string reason) =>
        Report.Changes.Add(new Rename(table, legacyId, field, from, to, reason));

    private async Task FlushAsync()
    {
        await writer.WriteAsync(_pending, cancellation);
        _pending.Clear();
    }
}
