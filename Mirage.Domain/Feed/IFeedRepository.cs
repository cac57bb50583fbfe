using Mirage.Domain.Posts;

namespace Mirage.Domain.Feed;

/// <summary>
/// The indexed reads the feed is built from. Each is bounded by its <c>count</c> and by a window of
/// the newest posts (ids above <c>afterId</c>), so none grows with the number of posts.
/// </summary>
public interface IFeedRepository
{
    Task<IReadOnlyList<long>> FolloweeIdsAsync(long userId, CancellationToken cancellationToken);

    /// <summary>The newest posts with ids above <paramref name="afterId"/> by any of <paramref name="authorIds"/>.</summary>
    Task<IReadOnlyList<PostView>> NewestByAsync(IReadOnlyList<long> authorIds, long afterId, int count, CancellationToken cancellationToken);

    /// <summary>The newest posts with ids above <paramref name="afterId"/> by anyone but <paramref name="excludedAuthorIds"/>.</summary>
    Task<IReadOnlyList<PostView>> NewestExceptAsync(IReadOnlyList<long> excludedAuthorIds, long afterId, int count, CancellationToken cancellationToken);

    /// <summary>Posts with ids at or below <paramref name="maxId"/>, newest of those first.</summary>
    Task<IReadOnlyList<PostView>> AtOrBeforeAsync(long maxId, int count, CancellationToken cancellationToken);

    Task<long> NewestPostIdAsync(CancellationToken cancellationToken);

    /// <summary>The hashtags of the posts with ids above <paramref name="afterId"/> (one entry per post and tag).</summary>
    Task<IReadOnlyList<string>> HashtagsAfterAsync(long afterId, CancellationToken cancellationToken);
}
