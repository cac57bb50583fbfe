using Mirage.Domain.Posts;

namespace Mirage.Domain.Feed;

/// <summary>The indexed reads the feed is built from; each costs in proportion to what it returns.</summary>
public interface IFeedRepository
{
    Task<IReadOnlyList<long>> FolloweeIdsAsync(long userId, CancellationToken cancellationToken);

    /// <summary>The newest posts by any of <paramref name="authorIds"/>.</summary>
    Task<IReadOnlyList<PostView>> NewestByAsync(IReadOnlyList<long> authorIds, int count, CancellationToken cancellationToken);

    /// <summary>The newest posts by anyone but <paramref name="excludedAuthorIds"/>.</summary>
    Task<IReadOnlyList<PostView>> NewestExceptAsync(IReadOnlyList<long> excludedAuthorIds, int count, CancellationToken cancellationToken);

    /// <summary>Posts with ids at or below <paramref name="maxId"/>, newest of those first.</summary>
    Task<IReadOnlyList<PostView>> AtOrBeforeAsync(long maxId, int count, CancellationToken cancellationToken);

    Task<long> NewestPostIdAsync(CancellationToken cancellationToken);

    /// <summary>The hashtags of the newest <paramref name="postCount"/> posts (one entry per post and tag).</summary>
    Task<IReadOnlyList<string>> RecentHashtagsAsync(int postCount, CancellationToken cancellationToken);
}
