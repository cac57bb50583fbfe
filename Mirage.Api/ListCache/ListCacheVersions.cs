namespace Mirage.Api.ListCache;

/// <summary>
/// A counter per tag (tags share one of a fixed set of counters, so the set never grows), raised before the answers
/// filed under the tag are dropped. A read that began before a change it may have missed sees its counter moved
/// and does not keep its answer; dropping alone would not stop it storing a stale one after the drop.
/// </summary>
public sealed class ListCacheVersions
{
    private const int Counters = 1024;
    private readonly long[] _counters = new long[Counters];
    private long _all;

    public Snapshot Take(string tag)
    {
        var index = IndexOf(tag);
        return new Snapshot(index, Volatile.Read(ref _counters[index]), Volatile.Read(ref _all));
    }

    public bool Moved(Snapshot snapshot) =>
        Volatile.Read(ref _counters[snapshot.Index]) != snapshot.Counter || Volatile.Read(ref _all) != snapshot.All;

    public void Raise(string tag)
    {
        if (tag == ListCacheTags.All)
        {
            Interlocked.Increment(ref _all);
            return;
        }

        Interlocked.Increment(ref _counters[IndexOf(tag)]);
    }

    private static int IndexOf(string tag) => (int)((uint)StringComparer.Ordinal.GetHashCode(tag) % Counters);

    /// <summary>The counters a read saw when it began.</summary>
    public sealed record Snapshot(int Index, long Counter, long All);
}
