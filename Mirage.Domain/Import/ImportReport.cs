namespace Mirage.Domain.Import;

/// <summary>Everything an import did, printed at the end and optionally written as JSON.</summary>
public sealed class ImportReport
{
    public bool DryRun { get; set; }

    /// <summary>Per legacy table (and <c>messages</c> for the chat-room file), in import order.</summary>
    public Dictionary<string, TableCounts> Tables { get; } = [];

    /// <summary>Usernames, emails and room names that had to change, and values that were cleared or cut.</summary>
    public List<Rename> Changes { get; } = [];

    /// <summary>How many accounts had each kind of password hash (<c>pbkdf2</c>, <c>scrypt</c>, <c>unknown</c>).</summary>
    public SortedDictionary<string, int> HashKinds { get; } = new(StringComparer.Ordinal);

    /// <summary>Accounts whose hash no verifier knows: they are imported but refuse every password until reset.</summary>
    public List<string> UnknownHashAccounts { get; } = [];

    /// <summary>What Mirage's CSS policy removed from each account's custom CSS, by (imported) username.</summary>
    public SortedDictionary<string, IReadOnlyList<string>> CssRemovals { get; } = new(StringComparer.Ordinal);

    public int SessionsKept { get; set; }

    public TableCounts Table(string name)
    {
        if (!Tables.TryGetValue(name, out var counts))
        {
            counts = new TableCounts();
            Tables[name] = counts;
        }

        return counts;
    }
}
