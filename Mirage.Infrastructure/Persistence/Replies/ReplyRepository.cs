using Microsoft.EntityFrameworkCore;
using Mirage.Domain.Common;
using Mirage.Domain.Replies;
using Mirage.Infrastructure.Persistence.Users;

namespace Mirage.Infrastructure.Persistence.Replies;

public sealed class ReplyRepository(MirageDbContext db, DatabaseWrites writes) : IReplyRepository
{
    public Task<bool> TryAddAsync(Reply reply, CancellationToken cancellationToken) =>
        writes.RunAsync(attempt => TryAddOnceAsync(reply, attempt), cancellationToken);

    private async Task<bool> TryAddOnceAsync(Reply reply, CancellationToken cancellationToken)
    {
        reply.Id = default; // a failed attempt may have given it the id of a row that was rolled back
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var counted = await db.Posts.Where(p => p.Id == reply.PostId)
            .ExecuteUpdateAsync(set => set.SetProperty(p => p.ReplyCount, p => p.ReplyCount + 1), cancellationToken);
        if (counted == 0 || !await db.LockStatsAsync([reply.UserId], cancellationToken))
        {
            // The post, or the replier's account, was deleted while the request ran.
            return false;
        }

        db.Replies.Add(reply);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    public async Task<ReplyView?> FindViewAsync(long replyId, CancellationToken cancellationToken) =>
        (await Views(db.Replies.Where(r => r.Id == replyId)).FirstOrDefaultAsync(cancellationToken))?.ToView();

    public async Task<IReadOnlyList<ReplyView>> ListByPostAsync(long postId, PageRequest page, CancellationToken cancellationToken)
    {
        var replies = db.Replies.Where(r => r.PostId == postId);
        if (page.After is { } after)
        {
            replies = replies.Where(r => r.Id > after.Id);
        }

        var rows = await Views(replies.OrderBy(r => r.Id).Take(page.Limit + 1)).ToListAsync(cancellationToken);
        return rows.OrderBy(r => r.Id).Select(r => r.ToView()).ToList();
    }

    private IQueryable<ReplyRow> Views(IQueryable<Reply> replies) =>
        replies.Join(db.Users, r => r.UserId, u => u.Id, (r, u) => new ReplyRow(r.Id, u.Username, r.Content, r.CreatedAt, u.AvatarUrl));
}
