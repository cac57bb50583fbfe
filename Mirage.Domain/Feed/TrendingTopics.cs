namespace Mirage.Domain.Feed;

/// <summary>
/// The trending hashtags, shared by every feed request of this server: counted at most once per
/// <see cref="Lifetime"/>, and while one request counts them again the others show the previous count. Each
/// server counts its own, so two servers can differ by the posts of one lifetime.
/// </summary>
public sealed class TrendingTopics(TimeProvider clock)
{
    public const int Count = 3;

    /// <summary>How old the trending hashtags a feed shows may be.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(5);

    private readonly Lock _gate = new();
    private IReadOnlyList<string>? _topics;
    private DateTimeOffset _countedAt;
    private bool _counting;

    /// <summary>The trending hashtags, <c>#</c> included, most used first; counted with <paramref name="recentTags"/> when due.</summary>
    /// <param name="recentTags">Reads the hashtags of the newest posts, one entry per post and tag.</param>
    /// <param name="cancellationToken">Ends the count of this request.</param>
    public async Task<IReadOnlyList<string>> GetAsync(Func<CancellationToken, Task<IReadOnlyList<string>>> recentTags, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        lock (_gate)
        {
            if (_topics is not null && (now - _countedAt < Lifetime || _counting))
            {
                return _topics;
            }

            _counting = true;
        }

        try
        {
            var topics = Rank(await recentTags(cancellationToken));
            lock (_gate)
            {
                (_topics, _countedAt) = (topics, now);
            }

            return topics;
        }
        finally
        {
            lock (_gate)
            {
                _counting = false;
            }
        }
    }

    // The most used first, ties in alphabetical order.
    private static List<string> Rank(IReadOnlyList<string> tags) =>
        tags.GroupBy(tag => tag, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count())
            .ThenBy(g => g.Key, StringComparer.Ordinal)
            .Take(Count)
            .Select(g => "#" + g.Key)
            .ToList();
}
