using Mirage.Domain.Common;
using Mirage.Domain.Users;

namespace Mirage.Domain.Posts;

public interface IPostRepository
{
    /// <summary>Adds the post with its hashtags and counts it in the author's stats, in one transaction.</summary>
    /// <returns><c>false</c> when the author's account was deleted while the request ran.</returns>
    Task<bool> TryAddAsync(Post post, IReadOnlyList<string> hashtags, CancellationToken cancellationToken);

    Task<bool> ExistsAsync(long postId, CancellationToken cancellationToken);

    Task<Post?> FindAsync(long postId, CancellationToken cancellationToken);

    /// <summary>The post's author, or <c>null</c> when the post is gone.</summary>
    Task<UserIdentity?> FindAuthorAsync(long postId, CancellationToken cancellationToken);

    Task<PostView?> FindViewAsync(long postId, CancellationToken cancellationToken);

    /// <summary>
    /// Deletes the post with its votes, replies and hashtags, and takes it and its votes out of the
    /// author's stats, in one transaction.
    /// </summary>
    /// <returns><c>false</c> when the post was already gone.</returns>
    Task<bool> DeleteAsync(long postId, CancellationToken cancellationToken);

    /// <summary>The author's posts, newest first, keyset-paged on the post id (which grows with time), shown with the author's name.</summary>
    Task<IReadOnlyList<PostView>> ListByUserAsync(UserIdentity author, PageRequest page, CancellationToken cancellationToken);
}
