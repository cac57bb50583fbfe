using Microsoft.EntityFrameworkCore;

namespace Mirage.Infrastructure.Persistence;

/// <summary>
/// Atomic counter changes (SQL <c>SET x = x + n</c>), made inside the caller's transaction, so stats
/// always equal the rows they count, whatever runs at the same time.
/// </summary>
public static class StatsUpdates
{
    public static Task AddFollowersAsync(this MirageDbContext db, long userId, int delta, CancellationToken cancellationToken) =>
        db.UserStats.Where(s => s.UserId == userId)
            .ExecuteUpdateAsync(set => set.SetProperty(s => s.Followers, s => s.Followers + delta), cancellationToken);

    public static Task AddFollowingAsync(this MirageDbContext db, long userId, int delta, CancellationToken cancellationToken) =>
        db.UserStats.Where(s => s.UserId == userId)
            .ExecuteUpdateAsync(set => set.SetProperty(s => s.Following, s => s.Following + delta), cancellationToken);

    public static Task AddPostsAsync(this MirageDbContext db, long userId, int delta, CancellationToken cancellationToken) =>
        db.UserStats.Where(s => s.UserId == userId)
            .ExecuteUpdateAsync(set => set.SetProperty(s => s.Posts, s => s.Posts + delta), cancellationToken);

    /// <summary>Moves a post's vote counters and its author's, together.</summary>
    public static async Task AddVotesAsync(this MirageDbContext db, long postId, long authorId, int up, int down, CancellationToken cancellationToken)
    {
        await db.Posts.Where(p => p.Id == postId).ExecuteUpdateAsync(
            set => set.SetProperty(p => p.Upvotes, p => p.Upvotes + up).SetProperty(p => p.Downvotes, p => p.Downvotes + down),
            cancellationToken);
        await db.UserStats.Where(s => s.UserId == authorId).ExecuteUpdateAsync(
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
