using Microsoft.EntityFrameworkCore;
using Mirage.Domain.Follows;

namespace Mirage.Infrastructure.Persistence.Follows;

/// <summary>
/// The two lists of follows, newest first, keyset-paged on (followed at, the other person's id) after a given
/// position: each one range of its index. Compiled, so a request skips EF's per-call expression-tree work.
/// </summary>
public static class FollowQueries
{
    public static readonly CompiledPerProvider<Func<MirageDbContext, long, DateTime, long, int, IAsyncEnumerable<FollowView>>> Followers =
        new(() => EF.CompileAsyncQuery((MirageDbContext db, long userId, DateTime at, long afterId, int count) =>
            (from f in db.Follows
             join u in db.Users on f.FollowerId equals u.Id
             where f.FolloweeId == userId && (f.CreatedAt < at || (f.CreatedAt == at && f.FollowerId < afterId))
             orderby f.CreatedAt descending, f.FollowerId descending
             select new FollowView(u.Id, u.Username, u.AvatarUrl, f.CreatedAt))
            .Take(count)));

    public static readonly CompiledPerProvider<Func<MirageDbContext, long, DateTime, long, int, IAsyncEnumerable<FollowView>>> Following =
        new(() => EF.CompileAsyncQuery((MirageDbContext db, long userId, DateTime at, long afterId, int count) =>
            (from f in db.Follows
             join u in db.Users on f.FolloweeId equals u.Id
             where f.FollowerId == userId && (f.CreatedAt < at || (f.CreatedAt == at && f.FolloweeId < afterId))
             orderby f.CreatedAt descending, f.FolloweeId descending
             select new FollowView(u.Id, u.Username, u.AvatarUrl, f.CreatedAt))
            .Take(count)));
}
