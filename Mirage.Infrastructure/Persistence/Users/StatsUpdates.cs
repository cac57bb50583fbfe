using Microsoft.EntityFrameworkCore;
using Mirage.Domain.Users;

namespace Mirage.Infrastructure.Persistence.Users;

/// <summary>
/// Atomic counter changes (SQL <c>SET x = x + n</c>), made inside the caller's transaction, so stats
/// always equal the rows they count, whatever runs at the same time.
/// </summary>
public static class StatsUpdates
{
    /// <summary>The user's stats row.</summary>
    public static IQueryable<UserStats> StatsOf(this MirageDbContext db, long userId) =>
        db.UserStats.Where(s => EF.Property<long>(s, UserStatsConfiguration.UserId) == userId);

    public static Task<int> AddFollowersAsync(this MirageDbContext db, long userId, int delta, CancellationToken cancellationToken) =>
        db.StatsOf(userId)
            .ExecuteUpdateAsync(set => set.SetProperty(s => s.Followers, s => s.Followers + delta), cancellationToken);

    public static Task<int> AddFollowingAsync(this MirageDbContext db, long userId, int delta, CancellationToken cancellationToken) =>
        db.StatsOf(userId)
            .ExecuteUpdateAsync(set => set.SetProperty(s => s.Following, s => s.Following + delta), cancellationToken);

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
            locked += await db.StatsOf(userId)
                .ExecuteUpdateAsync(set => set.SetProperty(s => s.Followers, s => s.Followers), cancellationToken);
        }

        return locked == ids.Count;
    }

    public static Task<int> AddPostsAsync(this MirageDbContext db, long userId, int delta, CancellationToken cancellationToken) =>
        db.StatsOf(userId)
            .ExecuteUpdateAsync(set => set.SetProperty(s => s.Posts, s => s.Posts + delta), cancellationToken);

    /// <summary>Moves a post's vote counters and its author's, together.</summary>
    public static async Task AddVotesAsync(this MirageDbContext db, long postId, long authorId, int up, int down, CancellationToken cancellationToken)
    {
        await db.Posts.Where(p => p.Id == postId).ExecuteUpdateAsync(
            set => set.SetProperty(p => p.Upvotes, p => p.Upvotes + up).SetProperty(p => p.Downvotes, p => p.Downvotes + down),
            cancellationToken);
        await db.StatsOf(authorId).ExecuteUpdateAsync(
            set => set.SetProperty(s => s.Upvotes, s => s.Upvotes + up).SetProperty(s => s.Downvotes, s => s.Downvotes + down),
            cancellationToken);
    }

    /// <summary>
    /// Writes the post's row without changing it, so the transaction holds its lock from here on:
    /// a concurrent vote, reply or delete of the same post waits instead of interleaving.
    /// </summary>
    /// <returns><c>false</c> when the post is gone.</returns>
    public static async Task<bool> LockPostAsync(this MirageDbContext db, long postId, CancellationToken cancellationToken) =>
        await db.Posts.Where(p => p.Id == postId)
            .ExecuteUpdateAsync(set => set.SetProperty(p => p.Upvotes, p => p.Upvotes), cancellationToken) == 1;
}
