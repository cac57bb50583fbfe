using Mirage.Domain.Common;

namespace Mirage.Domain.Follows;

public interface IFollowRepository
{
    /// <summary>Adds the follow and counts it in both users' stats, in one transaction.</summary>
    /// <returns><c>false</c> when the follow already exists (the key decides) or either user is gone.</returns>
    Task<bool> TryAddAsync(Follow follow, CancellationToken cancellationToken);

    /// <summary>Removes the follow and uncounts it in both users' stats, in one transaction.</summary>
    /// <returns><c>false</c> when there was no such follow.</returns>
    Task<bool> RemoveAsync(long followerId, long followeeId, CancellationToken cancellationToken);

    Task<bool> ExistsAsync(long followerId, long followeeId, CancellationToken cancellationToken);

    /// <summary>Who follows the user, newest first, keyset-paged on (followed at, user id).</summary>
    Task<IReadOnlyList<FollowView>> ListFollowersAsync(long userId, PageRequest page, CancellationToken cancellationToken);

    /// <summary>Whom the user follows, newest first, keyset-paged on (followed at, user id).</summary>
    Task<IReadOnlyList<FollowView>> ListFollowingAsync(long userId, PageRequest page, CancellationToken cancellationToken);
}
