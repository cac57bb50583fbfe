using Mirage.Domain.Posts;

namespace Mirage.Domain.Feed;

/// <summary>
/// The indexed reads the feed is built from. Each is bounded by its <c>count</c> and by a window of
/// the newest posts, so none grows with the number of posts.
/// </summary>
public interface IFeedRepository
{
    /// <summary>
    /// In one read: the newest posts among the newest <paramref name="followedWindow"/> by the people
    /// <paramref name="userId"/> follows (at most <paramref name="followedCount"/>), and the newest among the newest
    /// <paramref name="othersWindow"/> by everyone else but the user (at most <paramref name="othersCount"/>).
    /// </summary>
    Task<RecentPosts> RecentAsync(
        long userId, int followedWindow, int followedCount, int othersWindow, int othersCount, CancellationToken cancellationToken);

    /// <summary>Posts with ids at or below <paramref name="maxId"/>, newest of those first.</summary>
    Task<IReadOnlyList<PostView>> AtOrBeforeAsync(long maxId, int count, CancellationToken cancellationToken);

    Task<long> NewestPostIdAsync(CancellationToken cancellationToken);

    /// <summary>The hashtags of the newest <paramref name="posts"/> posts (one entry per post and tag).</summary>
    Task<IReadOnlyList<string>> NewestHashtagsAsync(int posts, CancellationToken cancellationToken);
}
