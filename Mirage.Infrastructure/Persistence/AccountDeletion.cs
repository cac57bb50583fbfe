using Microsoft.EntityFrameworkCore;
using Mirage.Domain.Votes;

namespace Mirage.Infrastructure.Persistence;

/// <summary>
/// Before a user's rows go, takes them out of everyone else's counters: the people they followed
/// and who followed them, the posts they voted on and replied to, and those posts' authors.
/// Set-based updates, inside the caller's transaction, in the lock order every writer keeps (posts,
/// then stats rows), so a vote, reply or follow running at the same time waits instead of deadlocking.
/// </summary>
public static class AccountDeletion
{
    public static async Task UncountAsync(MirageDbContext db, long userId, CancellationToken cancellationToken)
    {
        var votes = db.Votes.Where(v => v.UserId == userId);
        var votedPosts = db.Posts.Where(p => p.UserId != userId && votes.Any(v => v.PostId == p.Id));
        await votedPosts.ExecuteUpdateAsync(
            set => set
                .SetProperty(p => p.Upvotes, p => p.Upvotes - votes.Count(v => v.PostId == p.Id && v.Direction == VoteDirection.Up))
                .SetProperty(p => p.Downvotes, p => p.Downvotes - votes.Count(v => v.PostId == p.Id && v.Direction == VoteDirection.Down)),
            cancellationToken);

        var replies = db.Replies.Where(r => r.UserId == userId);
        await db.Posts.Where(p => p.UserId != userId && replies.Any(r => r.PostId == p.Id))
            .ExecuteUpdateAsync(set => set.SetProperty(p => p.ReplyCount, p => p.ReplyCount - replies.Count(r => r.PostId == p.Id)), cancellationToken);

        // From here a follow of or by this user waits for the deletion, then finds the account gone.
        await db.LockStatsAsync(userId, cancellationToken);
        await db.UserStats.Where(s => db.Follows.Any(f => f.FollowerId == userId && f.FolloweeId == s.UserId))
            .ExecuteUpdateAsync(set => set.SetProperty(s => s.Followers, s => s.Followers - 1), cancellationToken);
        await db.UserStats.Where(s => db.Follows.Any(f => f.FolloweeId == userId && f.FollowerId == s.UserId))
            .ExecuteUpdateAsync(set => set.SetProperty(s => s.Following, s => s.Following - 1), cancellationToken);

        await db.UserStats.Where(s => s.UserId != userId && votedPosts.Any(p => p.UserId == s.UserId))
            .ExecuteUpdateAsync(
                set => set
                    .SetProperty(s => s.Upvotes, s => s.Upvotes - votes.Count(v => v.Direction == VoteDirection.Up && votedPosts.Any(p => p.Id == v.PostId && p.UserId == s.UserId)))
                    .SetProperty(s => s.Downvotes, s => s.Downvotes - votes.Count(v => v.Direction == VoteDirection.Down && votedPosts.Any(p => p.Id == v.PostId && p.UserId == s.UserId))),
                cancellationToken);
    }
}
