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

    // Every reply_to_post, past the change tracker.
    private static readonly DirectWrite Insert = new(
        """
        INSERT INTO replies (post_id, user_id, content, created_at)
        VALUES (@post, @user, @content, @created)
        RETURNING id
        """,
        DirectParameter.Column("@post", typeof(Reply), nameof(Reply.PostId)),
        DirectParameter.Column("@user", typeof(Reply), nameof(Reply.UserId)),
        DirectParameter.Column("@content", typeof(Reply), nameof(Reply.Content)),
        DirectParameter.Column("@created", typeof(Reply), nameof(Reply.CreatedAt)));

    public Task<bool> TryAddAsync(Reply reply, CancellationToken cancellationToken) =>
        writes.RunAsync(attempt => TryAddOnceAsync(reply, attempt), cancellationToken);

    private async Task<bool> TryAddOnceAsync(Reply reply, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var counted = await db.AddRepliesAsync(reply.PostId, 1, cancellationToken);
        if (counted == 0 || !await db.LockStatsAsync([reply.UserId], cancellationToken))
        {
            // The post, or the replier's account, was deleted while the request ran.
            return false;
        }

        reply.Id = await Insert.ExecuteReturningIdAsync(db, [reply.PostId, reply.UserId, reply.Content, reply.CreatedAt], cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    public Task<ReplyView?> FindViewAsync(long replyId, CancellationToken cancellationToken) => ViewById.For(db)(db, replyId, cancellationToken);

    public async Task<IReadOnlyList<ReplyView>> ListByPostAsync(long postId, PageRequest page, CancellationToken cancellationToken) =>
        await ReplyQueries.ByPostRead.ToListAsync(db, [postId, page.After?.Id ?? long.MinValue, page.Limit + 1], cancellationToken);
}
