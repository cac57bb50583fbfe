using Microsoft.EntityFrameworkCore;
using Mirage.Domain.Feed;
using Mirage.Domain.Posts;

namespace Mirage.Infrastructure.Persistence.Feed;

/// <summary>
/// The feed's reads, compiled, so a request skips EF's per-call expression-tree work. The recent posts are one
/// statement: the newest post id and the reader's followees are subqueries in it rather than reads of their own.
/// </summary>
public sealed class FeedRepository(MirageDbContext db) : IFeedRepository
{
    // The followed part picks its ids from the (user_id, id) index alone, once per followee within its window, and
    // reads only the rows it keeps; everyone else's part walks the newest posts down the primary key, skipping the
    // followees and the reader.
    private static readonly CompiledPerProvider<Func<MirageDbContext, long, int, int, int, int, IAsyncEnumerable<FeedRow>>> Recent =
        new(() => EF.CompileAsyncQuery((MirageDbContext db, long userId, int followedWindow, int followedCount, int othersWindow, int othersCount) =>
            from p in db.Posts
                    .Where(p => db.Posts
                        .Where(q => db.Follows.Where(f => f.FollowerId == userId).Select(f => f.FolloweeId).Contains(q.UserId)
                            && q.Id > db.Posts.Max(newest => newest.Id) - followedWindow)
                        .OrderByDescending(q => q.Id)
                        .Take(followedCount)
                        .Select(q => q.Id)
                        .Contains(p.Id))
                .Concat(db.Posts
                    .Where(p => p.Id > db.Posts.Max(newest => newest.Id) - othersWindow
                        && p.UserId != userId
                        && !db.Follows.Where(f => f.FollowerId == userId).Select(f => f.FolloweeId).Contains(p.UserId))
                    .OrderByDescending(p => p.Id)
                    .Take(othersCount))
            join u in db.Users on p.UserId equals u.Id
            select new FeedRow(
                new PostView(p.Id, u.Username, p.Content, p.CreatedAt, p.Upvotes, p.Downvotes, p.ReplyCount),
                db.Follows.Any(f => f.FollowerId == userId && f.FolloweeId == p.UserId))));

    private static readonly CompiledPerProvider<Func<MirageDbContext, long, int, IAsyncEnumerable<PostView>>> AtOrBefore =
        new(() => EF.CompileAsyncQuery((MirageDbContext db, long maxId, int count) =>
            (from p in db.Posts
             join u in db.Users on p.UserId equals u.Id
             where p.Id <= maxId
             orderby p.Id descending
             select new PostView(p.Id, u.Username, p.Content, p.CreatedAt, p.Upvotes, p.Downvotes, p.ReplyCount))
            .Take(count)));

    private static readonly CompiledPerProvider<Func<MirageDbContext, int, IAsyncEnumerable<string>>> NewestHashtags =
        new(() => EF.CompileAsyncQuery((MirageDbContext db, int posts) =>
            db.PostHashtags.Where(h => h.PostId > db.Posts.Max(p => p.Id) - posts).Select(h => h.Tag)));

    public async Task<RecentPosts> RecentAsync(
        long userId, int followedWindow, int followedCount, int othersWindow, int othersCount, CancellationToken cancellationToken)
    {
        var rows = await Recent.For(db)(db, userId, followedWindow, followedCount, othersWindow, othersCount).ToListAsync(cancellationToken);
        return new RecentPosts(NewestFirst(rows, followed: true), NewestFirst(rows, followed: false));
    }

    public async Task<IReadOnlyList<PostView>> AtOrBeforeAsync(long maxId, int count, CancellationToken cancellationToken) =>
        count <= 0 ? [] : await AtOrBefore.For(db)(db, maxId, count).ToListAsync(cancellationToken);

    public async Task<long> NewestPostIdAsync(CancellationToken cancellationToken) =>
        await db.Posts.MaxAsync(p => (long?)p.Id, cancellationToken) ?? 0;

    public async Task<IReadOnlyList<string>> NewestHashtagsAsync(int posts, CancellationToken cancellationToken) =>
        await NewestHashtags.For(db)(db, posts).ToListAsync(cancellationToken);

    private static List<PostView> NewestFirst(List<FeedRow> rows, bool followed) =>
        rows.Where(r => r.Followed == followed).Select(r => r.Post).OrderByDescending(p => p.Id).ToList();
}
