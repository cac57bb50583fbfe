using Microsoft.EntityFrameworkCore;
using Mirage.Domain.Common;
using Mirage.Domain.Replies;
using Mirage.Infrastructure.Persistence.Users;

namespace Mirage.Infrastructure.Persistence.Replies;

public sealed class ReplyRepository(MirageDbContext db, DatabaseWrites writes) : IReplyRepository
{
    private static readonly CompiledPerProvider<Func<MirageDbContext, long, CancellationToken, Task<ReplyView?>>> ViewById =
        new(() => EF.CompileAsyncQuery((MirageDbContext db, long replyId, CancellationToken _) =>
            (from r in db.Replies
             join u in db.Users on r.UserId equals u.Id
             where r.Id == replyId
             select new ReplyView(r.Id, u.Username, r.Content, r.CreatedAt, u.AvatarUrl))
            .FirstOrDefault()));

    public Task<bool> TryAddAsync(Reply reply, CancellationToken cancellationToken) =>
        writes.RunAsync(attempt => TryAddOnceAsync(reply, attempt), cancellationToken);

    private async Task<bool> TryAddOnceAsync(Reply reply, CancellationToken cancellationToken)
    {
        reply.Id = default; // a failed attempt may have given it the id of a row that was rolled back
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var counted = await db.AddRepliesAsync(reply.PostId, 1, cancellationToken);
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

    public Task<ReplyView?> FindViewAsync(long replyId, CancellationToken cancellationToken) => ViewById.For(db)(db, replyId, cancellationToken);

    public async Task<IReadOnlyList<ReplyView>> ListByPostAsync(long postId, PageRequest page, CancellationToken cancellationToken) =>
        await ReplyQueries.ByPostRead.ToListAsync(db, [postId, page.After?.Id ?? long.MinValue, page.Limit + 1], cancellationToken);
}
