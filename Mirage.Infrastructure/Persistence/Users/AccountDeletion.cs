using Microsoft.EntityFrameworkCore;
using Mirage.Domain.Votes;

namespace Mirage.Infrastructure.Persistence.Users;

/// <summary>
/// Before a user's rows go, takes them out of everyone else's counters: the people they followed
/// and who followed them, the posts they voted on and replied to, and those posts' authors.
/// Set-based updates, inside the caller's transaction. First the posts it will touch (the user's own,
/// and those they voted on or replied to), then the user's stats row, are locked, in the order every
/// writer keeps (posts, then stats rows). Only then is anything counted: a vote, reply, post or follow
/// of theirs still running on another device has either committed (and is uncounted) or waits on the
/// stats row and then finds the account gone; and no counting statement waits for a row lock midway,
/// which under read committed would let it count with an older view of the rows.
/// </summary>
public static class AccountDeletion
{
    private const string StatsOwner = UserStatsConfiguration.UserId;

    public static async Task UncountAsync(MirageDbContext db, long userId, CancellationToken cancellationToken)
    {
        var votes = db.Votes.Where(v => v.UserId == userId);
        var replies = db.Replies.Where(r => r.UserId == userId);
        await db.Posts.Where(p => p.UserId == userId || votes.Any(v => v.PostId == p.Id) || replies.Any(r => r.PostId == p.Id))
            .ExecuteUpdateAsync(set => set.SetProperty(p => p.Upvotes, p => p.Upvotes), cancellationToken);
        await db.LockStatsAsync([userId], cancellationToken);

        var votedPosts = db.Posts.Where(p => p.UserId != userId && votes.Any(v => v.PostId == p.Id));
        await votedPosts.ExecuteUpdateAsync(
            set => set
                .SetProperty(p => p.Upvotes, p => p.Upvotes - votes.Count(v => v.PostId == p.Id && v.Direction == VoteDirection.Up))
                .SetProperty(p => p.Downvotes, p => p.Downvotes - votes.Count(v => v.PostId == p.Id && v.Direction == VoteDirection.Down)),
            cancellationToken);

        await db.Posts.Where(p => p.UserId != userId && replies.Any(r => r.PostId == p.Id))
            .ExecuteUpdateAsync(set => set.SetProperty(p => p.ReplyCount, p => p.ReplyCount - replies.Count(r => r.PostId == p.Id)), cancellationToken);

        await db.UserStats.Where(s => db.Follows.Any(f => f.FollowerId == userId && f.FolloweeId == EF.Property<long>(s, StatsOwner)))
            .ExecuteUpdateAsync(set => set.SetProperty(s => s.Followers, s => s.Followers - 1), cancellationToken);
        await db.UserStats.Where(s => db.Follows.Any(f => f.FolloweeId == userId && f.FollowerId == EF.Property<long>(s, StatsOwner)))
            .ExecuteUpdateAsync(set => set.SetProperty(s => s.Following, s => s.Following - 1), cancellationToken);

        await db.UserStats.Where(s => EF.Property<long>(s, StatsOwner) != userId && votedPosts.Any(p => p.UserId == EF.Property<long>(s, StatsOwner)))
            .ExecuteUpdateAsync(
                set => set
                    .SetProperty(s => s.Upvotes, s => s.Upvotes - votes.Count(v => v.Direction == VoteDirection.Up && votedPosts.Any(p => p.Id == v.PostId && p.UserId == EF.Property<long>(s, StatsOwner))))
                    .SetProperty(s => s.Downvotes, s => s.Downvotes - votes.Count(v => v.Direction == VoteDirection.Down && votedPosts.Any(p => p.Id == v.PostId && p.UserId == EF.Property<long>(s, StatsOwner)))),
                cancellationToken);
    }
}
