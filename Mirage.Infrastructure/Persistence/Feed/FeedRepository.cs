using Microsoft.EntityFrameworkCore;
using Mirage.Domain.Feed;
using Mirage.Domain.Posts;

namespace Mirage.Infrastructure.Persistence.Feed;

/// <summary>
/// The feed's reads. The recent posts and the older ones are <see cref="FeedQueries"/>' DirectReads; the newest
/// posts' hashtags, which trending counts for every feed over a few seconds, are a compiled query.
/// </summary>
public sealed class FeedRepository(MirageDbContext db) : IFeedRepository
{
    private static readonly CompiledPerProvider<Func<MirageDbContext, int, IAsyncEnumerable<string>>> NewestHashtags =
        new(() => EF.CompileAsyncQuery((MirageDbContext db, int posts) =>
            db.PostHashtags.Where(h => h.PostId > db.Posts.Max(p => p.Id) - posts).Select(h => h.Tag)));

    public async Task<RecentPosts> RecentAsync(
        long userId, int followedWindow, int followedCount, int othersWindow, int othersCount, CancellationToken cancellationToken)
    {
        var rows = await FeedQueries.RecentRead.ToListAsync(db, [userId, followedWindow, followedCount, othersWindow, othersCount], cancellationToken);
        return new RecentPosts(NewestFirst(rows, followed: true), NewestFirst(rows, followed: false));
    }

    public async Task<IReadOnlyList<PostView>> AtOrBeforeAsync(long maxId, int count, CancellationToken cancellationToken) =>
        count <= 0 ? [] : await FeedQueries.AtOrBeforeRead.ToListAsync(db, [maxId, count], cancellationToken);

    public async Task<long> NewestPostIdAsync(CancellationToken cancellationToken) =>
        await db.Posts.MaxAsync(p => (long?)p.Id, cancellationToken) ?? 0;

    public async Task<IReadOnlyList<string>> NewestHashtagsAsync(int posts, CancellationToken cancellationToken) =>
        await NewestHashtags.For(db)(db, posts).ToListAsync(cancellationToken);

    private static List<PostView> NewestFirst(List<FeedRow> rows, bool followed) =>
        rows.Where(r => r.Followed == followed).Select(r => r.Post).OrderByDescending(p => p.Id).ToList();
}
