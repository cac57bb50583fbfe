namespace Mirage.Domain.Import;

/// <summary>What happened to one legacy table's rows: each row read is either imported or skipped for a reason.</summary>
public sealed class TableCounts
{
    public long Read { get; private set; }

    public long Imported { get; private set; }

    /// <summary>Skipped rows by reason, so nothing is dropped without saying why.</summary>
    public SortedDictionary<string, long> Skipped { get; } = new(StringComparer.Ordinal);

    public void CountRead() => Read++;

    public void CountImported() => Imported++;

    public void Skip(string reason) => Skipped[reason] = Skipped.GetValueOrDefault(reason) + 1;
}
