using Microsoft.EntityFrameworkCore;
using Mirage.Domain.Common;
using Mirage.Domain.DirectMessages;
using Mirage.Infrastructure.Persistence.Users;

namespace Mirage.Infrastructure.Persistence.DirectMessages;

public sealed class InboxQueries(MirageDbContext db) : IInboxQueries
{
    /// <summary>
    /// A page of a user's inbox, newest first, before a message id: the newest of "sent by me" and of "received
    /// from others", each read as one range of its own index, then merged (one OR over both columns would make the
    /// database read every message of the user to sort them), as a <see cref="DirectRead{T}"/>. A note to oneself
    /// is in the sent half only, so it is listed once.
    /// </summary>
    public static readonly DirectRead<DirectMessageView> PageRead = new(
        """
        SELECT m.id, s.username, r.username, m.message, m.created_at, s.avatar_url
        FROM (
            SELECT sent.id FROM (
                SELECT d.id FROM direct_messages AS d
                WHERE d.sender_id = @user AND d.id < @before
                ORDER BY d.id DESC
                LIMIT @count) AS sent
            UNION ALL
            SELECT received.id FROM (
                SELECT d.id FROM direct_messages AS d
                WHERE d.recipient_id = @user AND d.sender_id <> @user AND d.id < @before
                ORDER BY d.id DESC
                LIMIT @count) AS received
            ORDER BY id DESC
            LIMIT @count) AS page
        INNER JOIN direct_messages AS m ON m.id = page.id
        INNER JOIN users AS s ON m.sender_id = s.id
        INNER JOIN users AS r ON m.recipient_id = r.id
        ORDER BY m.id DESC
        """,
        row => new DirectMessageView(row.GetInt64(0), row.GetString(1), row.GetString(2), row.GetString(3), row.GetUtcDateTime(4), row.GetStringOrNull(5)),
        DirectParameter.Column("@user", typeof(DirectMessage), nameof(DirectMessage.SenderId)),
        DirectParameter.Column("@before", typeof(DirectMessage), nameof(DirectMessage.Id)),
        DirectParameter.Value<int>("@count"));

    // One message as the inbox shows it: every message sent is read back with it.
    private static readonly CompiledPerProvider<Func<MirageDbContext, long, CancellationToken, Task<DirectMessageView?>>> ViewById =
        new(() => EF.CompileAsyncQuery((MirageDbContext db, long messageId, CancellationToken _) =>
            (from m in db.DirectMessages
             join sender in db.Users on m.SenderId equals sender.Id
             join recipient in db.Users on m.RecipientId equals recipient.Id
             where m.Id == messageId
             select new DirectMessageView(m.Id, sender.Username, recipient.Username, m.Message, m.CreatedAt, sender.AvatarUrl))
            .FirstOrDefault()));

    public Task<DirectMessageView?> FindViewAsync(long messageId, CancellationToken cancellationToken) =>
        ViewById.For(db)(db, messageId, cancellationToken);

    public async Task<IReadOnlyList<DirectMessageView>> ListAsync(long userId, PageRequest page, CancellationToken cancellationToken) =>
        await PageRead.ToListAsync(db, [userId, page.After?.Id ?? long.MaxValue, page.Limit + 1], cancellationToken);

    // One statement, so the three numbers come from one snapshot of the table.
    public async Task<InboxCount> CountAsync(long userId, CancellationToken cancellationToken)
    {
        var fromOthers = db.DirectMessages.Where(m => m.RecipientId == userId && m.SenderId != userId);
        var counts = await db.UserById(userId)
            .Select(_ => new InboxCount(
                db.DirectMessages.Count(m => m.SenderId == userId) + fromOthers.Count(),
                fromOthers.Count(m => m.Id > (db.InboxReads.Where(r => r.UserId == userId).Select(r => (long?)r.LastReadMessageId).FirstOrDefault() ?? 0))))
            .FirstOrDefaultAsync(cancellationToken);
        return counts ?? new InboxCount(0, 0);
    }
}
