using Mirage.Domain.Posts;
using Mirage.Domain.Users;

namespace Mirage.Infrastructure.Persistence.Users;

/// <summary>
/// Atomic counter changes (SQL <c>SET x = x + n</c>), made inside the caller's transaction, so stats
/// always equal the rows they count, whatever runs at the same time. Each is a <see cref="CounterUpdate"/>.
/// </summary>
public static class StatsUpdates
{
    private static readonly CounterUpdate Followers = new(typeof(UserStats), UserStatsConfiguration.UserId, nameof(UserStats.Followers));
    private static readonly CounterUpdate Following = new(typeof(UserStats), UserStatsConfiguration.UserId, nameof(UserStats.Following));
    private static readonly CounterUpdate Posts = new(typeof(UserStats), UserStatsConfiguration.UserId, nameof(UserStats.Posts));
    private static readonly CounterUpdate ReceivedVotes =
        new(typeof(UserStats), UserStatsConfiguration.UserId, nameof(UserStats.Upvotes), nameof(UserStats.Downvotes));

    private static readonly CounterUpdate PostVotes = new(typeof(Post), nameof(Post.Id), nameof(Post.Upvotes), nameof(Post.Downvotes));
    private static readonly CounterUpdate PostReplies = new(typeof(Post), nameof(Post.Id), nameof(Post.ReplyCount));

    public static Task<int> AddFollowersAsync(this MirageDbContext db, long userId, int delta, CancellationToken cancellationToken) =>
        Followers.RunAsync(db, userId, [delta], cancellationToken);

    public static Task<int> AddFollowingAsync(this MirageDbContext db, long userId, int delta, CancellationToken cancellationToken) =>
        Following.RunAsync(db, userId, [delta], cancellationToken);

    /// <summary>
    /// Counts a follow (<paramref name="delta"/> 1) or an unfollow (-1) on both people. The two rows are
    /// written in ascending user id, the order every writer of several stats rows keeps, so two people
    /// following each other at the same moment wait for each other instead of deadlocking.
    /// </summary>
    /// <returns><c>false</c> when either person's account is gone.</returns>
    public static async Task<bool> CountFollowAsync(
        this MirageDbContext db, long followerId, long followeeId, int delta, CancellationToken cancellationToken)
    {
        var counted = 0;
        foreach (var userId in new[] { followerId, followeeId }.Order())
        {
            counted += userId == followeeId
                ? await db.AddFollowersAsync(userId, delta, cancellationToken)
                : await db.AddFollowingAsync(userId, delta, cancellationToken);
        }

        return counted == 2;
    }

    /// <summary>
    /// Writes the users' stats rows without changing them, one by one in ascending user id, so the
    /// transaction holds their locks from here on. Every write made on behalf of a user takes that
    /// user's row before it writes a row that points at the user, and deleting the account takes it
    /// first of all: the two wait for each other instead of one counting a row the other deletes.
    /// </summary>
    /// <returns><c>false</c> when any of the accounts is gone.</returns>
    public static async Task<bool> LockStatsAsync(this MirageDbContext db, IEnumerable<long> userIds, CancellationToken cancellationToken)
    {
        var ids = userIds.Distinct().Order().ToList();
        var locked = 0;
        foreach (var userId in ids)
        {
            locked += await Followers.RunAsync(db, userId, [0], cancellationToken);
        }

        return locked == ids.Count;
    }

    public static Task<int> AddPostsAsync(this MirageDbContext db, long userId, int delta, CancellationToken cancellationToken) =>
        Posts.RunAsync(db, userId, [delta], cancellationToken);

    /// <summary>Moves the votes a user's posts have received, as counted on the user's profile.</summary>
    public static Task<int> AddReceivedVotesAsync(this MirageDbContext db, long userId, int up, int down, CancellationToken cancellationToken) =>
        ReceivedVotes.RunAsync(db, userId, [up, down], cancellationToken);

    /// <summary>Moves a post's vote counters and its author's, together.</summary>
    public static async Task AddVotesAsync(this MirageDbContext db, long postId, long authorId, int up, int down, CancellationToken cancellationToken)
    {
        await PostVotes.RunAsync(db, postId, [up, down], cancellationToken);
        await db.AddReceivedVotesAsync(authorId, up, down, cancellationToken);
    }

    /// <summary>Counts replies on a post; counting also takes the post's row for the transaction.</summary>
    /// <returns>The rows changed: 0 when the post is gone.</returns>
    public static Task<int> AddRepliesAsync(this MirageDbContext db, long postId, int delta, CancellationToken cancellationToken) =>
        PostReplies.RunAsync(db, postId, [delta], cancellationToken);

    /// <summary>
    /// Writes the post's row without changing it, so the transaction holds its lock from here on:
    /// a concurrent vote, reply or delete of the same post waits instead of interleaving.
    /// </summary>
    /// <returns><c>false</c> when the post is gone.</returns>
    public static async Task<bool> LockPostAsync(this MirageDbContext db, long postId, CancellationToken cancellationToken) =>
        await PostVotes.RunAsync(db, postId, [0, 0], cancellationToken) == 1;
}
