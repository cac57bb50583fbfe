using Mirage.Domain.Posts;
using Mirage.Domain.Sessions;

namespace Mirage.Domain.Feed;

/// <summary>
/// The personalised feed: about 40% newest posts of the people you follow, 40% newest posts of
/// everyone else, 20% older posts, at most <see cref="Size"/>, and the trending hashtags. Every part
/// is an indexed read of a few rows, so the cost does not grow with the number of posts.
/// </summary>
public class FeedService(IFeedRepository feed, TrendingTopics trending, ICurrentUser currentUser)
{
    public const int Size = 30;
    public const int FollowedShare = 12;
    public const int OlderShare = 6;

    /// <summary>How far back (in posts) "recent" reaches for the people you follow: their posts among the newest this many.</summary>
    public const int FollowedWindow = 10_000;

    /// <summary>How far back (in posts) "recent" reaches for everyone else.</summary>
    public const int OthersWindow = 1_000;

    /// <summary>How many of the newest posts the trending hashtags are counted in.</summary>
    public const int TrendingWindow = 500;

    public async Task<Feed> GetAsync(CancellationToken cancellationToken)
    {
        var recent = await feed.RecentAsync(
            currentUser.UserId, FollowedWindow, FollowedShare, OthersWindow, Size - OlderShare, cancellationToken);

        // Someone who follows few people gets more of everyone else's posts, never an empty feed.
        var others = recent.Others.Take(Size - OlderShare - recent.Followed.Count);
        var newestFirst = recent.Followed.Concat(others).DistinctBy(p => p.Id).OrderByDescending(p => p.Id).ToList();
        var older = await OlderAsync(newestFirst, Size - newestFirst.Count, cancellationToken);
        var topics = await trending.GetAsync(ct => feed.NewestHashtagsAsync(TrendingWindow, ct), cancellationToken);
        return new Feed(Interleave(newestFirst, older), topics);
    }

    // A random stretch of the posts older than the recent ones: a seek on the post id, not a scan.
    private async Task<IReadOnlyList<PostView>> OlderAsync(List<PostView> recent, int count, CancellationToken cancellationToken)
    {
        if (count <= 0)
        {
            return [];
        }

        var before = recent.Count == 0 ? await feed.NewestPostIdAsync(cancellationToken) + 1 : recent.Min(p => p.Id);
        if (before <= 1)
        {
            return [];
        }

        var pivot = Random.Shared.NextInt64(1, before);
        var older = await feed.AtOrBeforeAsync(pivot, count, cancellationToken);
        if (older.Count < count && pivot < before - 1)
        {
            older = [.. older, .. await feed.AtOrBeforeAsync(before - 1, count - older.Count, cancellationToken)];
        }

        var seen = recent.Select(p => p.Id).ToHashSet();
        return older.Where(p => seen.Add(p.Id)).ToList();
    }

    // Newest first, with an older post after every four recent ones.
    private static List<PostView> Interleave(List<PostView> recent, IReadOnlyList<PostView> older)
    {
        var mixed = new List<PostView>(recent.Count + older.Count);
        var next = 0;
        for (var i = 0; i < recent.Count; i++)
        {
            mixed.Add(recent[i]);
            if (i % 4 == 3 && next < older.Count)
            {
                mixed.Add(older[next++]);
            }
        }

        mixed.AddRange(older.Skip(next));
        return mixed.Take(Size).ToList();
    }
}
