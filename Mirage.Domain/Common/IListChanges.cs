namespace Mirage.Domain.Common;

/// <summary>
/// Told, after a write has committed, which lists it changed: a user's posts, a post's replies, a user's followers
/// and following (public), a room's messages and a person's inbox (their readers' own). Whoever keeps copies of
/// those lists to answer reads drops the ones named. Users of the public lists are named by their normalized
/// username (<see cref="Users.User.NormalizeUsername"/>), as the lists' routes name them.
/// </summary>
public interface IListChanges
{
    /// <summary>The author's posts: one added or deleted, or its votes or reply count changed.</summary>
    ValueTask PostsOfAsync(string normalizedUsername);

    /// <summary>The post's replies: one added, or the post deleted.</summary>
    ValueTask RepliesToAsync(long postId);

    /// <summary>The follower's following list and the followee's followers list.</summary>
    ValueTask FollowAsync(string followerNormalizedUsername, string followeeNormalizedUsername);

    /// <summary>The room's messages as its members read them: one sent, or a member gone.</summary>
    ValueTask RoomAsync(long roomId);

    /// <summary>The inboxes of both people in a direct message: one sent between them.</summary>
    ValueTask InboxesAsync(long senderId, long recipientId);

    /// <summary>A change that can reach any list: an account deleted, or an avatar that lists show edited.</summary>
    ValueTask AnyAsync();
}
