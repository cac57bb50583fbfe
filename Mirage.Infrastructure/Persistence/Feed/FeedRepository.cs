using Microsoft.EntityFrameworkCore;
using Mirage.Domain.Feed;
using Mirage.Domain.Posts;
using Mirage.Infrastructure.Persistence.Posts;

namespace Mirage.Infrastructure.Persistence.Feed;

public sealed class FeedRepository(MirageDbContext db) : IFeedRepository
{
    public async Task<IReadOnlyList<long>> FolloweeIdsAsync(long userId, CancellationToken cancellationToken) =>
        await db.Follows.Where(f => f.FollowerId == userId).Select(f => f.FolloweeId).ToListAsync(cancellationToken);

    public Task<IReadOnlyList<PostView>> NewestByAsync(
        IReadOnlyList<long> authorIds, long afterId, int count, CancellationToken cancellationToken) =>
        NewestAsync(db.Posts.Where(p => authorIds.Contains(p.UserId) && p.Id > afterId), count, cancellationToken);

    public Task<IReadOnlyList<PostView>> NewestExceptAsync(
        IReadOnlyList<long> excludedAuthorIds, long afterId, int count, CancellationToken cancellationToken) =>
        NewestAsync(db.Posts.Where(p => p.Id > afterId && !excludedAuthorIds.Contains(p.UserId)), count, cancellationToken);

    public Task<IReadOnlyList<PostView>> AtOrBeforeAsync(long maxId, int count, CancellationToken cancellationToken) =>
        NewestAsync(db.Posts.Where(p => p.Id <= maxId), count, cancellationToken);

    public async Task<long> NewestPostIdAsync(CancellationToken cancellationToken) =>
        await db.Posts.MaxAsync(p => (long?)p.Id, cancellationToken) ?? 0;

    public async Task<IReadOnlyList<string>> HashtagsAfterAsync(long afterId, CancellationToken cancellationToken) =>
        await db.PostHashtags.Where(h => h.PostId > afterId).Select(h => h.Tag).ToListAsync(cancellationToken);

    private async Task<IReadOnlyList<PostView>> NewestAsync(IQueryable<Post> posts, int count, CancellationToken cancellationToken)
    {
        if (count <= 0)
        {
            return [];
        }

        var rows = await posts.OrderByDescending(p => p.Id).Take(count).AsRows(db).ToListAsync(cancellationToken);
        return rows.OrderByDescending(r => r.Id).Select(r => r.ToView()).ToList();
    }
}
