using Microsoft.EntityFrameworkCore;
using Mirage.Domain.Common;
using Mirage.Domain.Replies;
using Mirage.Infrastructure.Persistence.Users;

namespace Mirage.Infrastructure.Persistence.Replies;

public sealed class ReplyRepository(MirageDbContext db, DatabaseWrites writes) : IReplyRepository
{
    /// <summary>
    /// A post's page of replies, oldest first: one range of the (post_id, id) index, as a
    /// <see cref="DirectRead{T}"/> (a post's replies are read whenever it is opened).
    /// </summary>
    public static readonly DirectRead<ReplyView> ByPostRead = new(
        """
        SELECT r.id, u.username, r.content, r.created_at, u.avatar_url
        FROM replies AS r INNER JOIN users AS u ON r.user_id = u.id
        WHERE r.post_id = @post AND r.id > @after
        ORDER BY r.id
        LIMIT @count
        """,
        row => new ReplyView(row.GetInt64(0), row.GetString(1), row.GetString(2), row.GetUtcDateTime(3), row.GetStringOrNull(4)),
        DirectReadParameter.Column("@post", typeof(Reply), nameof(Reply.PostId)),
        DirectReadParameter.Column("@after", typeof(Reply), nameof(Reply.Id)),
        DirectReadParameter.Value<int>("@count"));

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
        await ByPostRead.ToListAsync(db, [postId, page.After?.Id ?? long.MinValue, page.Limit + 1], cancellationToken);
}
