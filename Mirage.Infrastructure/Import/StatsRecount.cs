using Microsoft.EntityFrameworkCore;
using Mirage.Domain.Votes;
using Mirage.Infrastructure.Persistence;
using Mirage.Infrastructure.Persistence.Users;

namespace Mirage.Infrastructure.Import;

/// <summary>
/// Every counter computed from the imported rows, never copied: the first backend's own counters drift (it counted
/// a reply as a post). Set-based statements, so the work stays in the database however many rows there are.
/// </summary>
public static class StatsRecount
{
    public static async Task RunAsync(MirageDbContext db, CancellationToken cancellationToken)
    {
        await db.Posts.ExecuteUpdateAsync(
            set => set
                .SetProperty(p => p.Upvotes, p => db.Votes.Count(v => v.PostId == p.Id && v.Direction == VoteDirection.Up))
                .SetProperty(p => p.Downvotes, p => db.Votes.Count(v => v.PostId == p.Id && v.Direction == VoteDirection.Down))
                .SetProperty(p => p.ReplyCount, p => db.Replies.Count(r => r.PostId == p.Id)),
            cancellationToken);
        await db.UserStats.ExecuteUpdateAsync(
            set => set
                .SetProperty(s => s.Posts, s => db.Posts.Count(p => p.UserId == EF.Property<long>(s, UserStatsConfiguration.UserId)))
                .SetProperty(s => s.Followers, s => db.Follows.Count(f => f.FolloweeId == EF.Property<long>(s, UserStatsConfiguration.UserId)))
                .SetProperty(s => s.Following, s => db.Follows.Count(f => f.FollowerId == EF.Property<long>(s, UserStatsConfiguration.UserId)))
                .SetProperty(s => s.Upvotes, s => db.Posts.Where(p => p.UserId == EF.Property<long>(s, UserStatsConfiguration.UserId)).Sum(p => p.Upvotes))
                .SetProperty(s => s.Downvotes, s => db.Posts.Where(p => p.UserId == EF.Property<long>(s, UserStatsConfiguration.UserId)).Sum(p => p.Downvotes)),
            cancellationToken);
        await db.RoomCounts.ExecuteUpdateAsync(set => set.SetProperty(c => c.PublicRooms, c => db.Rooms.Count(r => !r.IsPrivate)), cancellationToken);
    }
}
