using Mirage.Domain.DirectMessages;

namespace Mirage.Infrastructure.Persistence.DirectMessages;

public sealed class DirectMessageRepository(MirageDbContext db, DatabaseWrites writes) : IDirectMessageRepository
{
    /// <summary>
    /// How far a user has read their inbox, or no row when they never have: asked on every view of the inbox's
    /// first page, and again inside the write that moves it, as a <see cref="DirectRead{T}"/>.
    /// </summary>
    public static readonly DirectRead<InboxReadMark> ReadMarkRead = new(
        "SELECT r.last_read_message_id FROM inbox_reads AS r WHERE r.user_id = @p",
        typeof(InboxRead),
        nameof(InboxRead.UserId),
        row => new InboxReadMark(row.GetInt64(0)));

    // Every send_inbox_message, past the change tracker.
    private static readonly DirectWrite Insert = new(
        """
        INSERT INTO direct_messages (sender_id, recipient_id, message, created_at)
        VALUES (@sender, @recipient, @message, @created)
        RETURNING id
        """,
        DirectParameter.Column("@sender", typeof(DirectMessage), nameof(DirectMessage.SenderId)),
        DirectParameter.Column("@recipient", typeof(DirectMessage), nameof(DirectMessage.RecipientId)),
        DirectParameter.Column("@message", typeof(DirectMessage), nameof(DirectMessage.Message)),
        DirectParameter.Column("@created", typeof(DirectMessage), nameof(DirectMessage.CreatedAt)));

    // Every delete_inbox_message; the other person's id comes back (0 when nothing matched: ids start at 1).
    private static readonly DirectWrite Delete = new(
        """
        DELETE FROM direct_messages
        WHERE id = @id AND (sender_id = @user OR recipient_id = @user)
        RETURNING CASE WHEN sender_id = @user THEN recipient_id ELSE sender_id END
        """,
        DirectParameter.Column("@id", typeof(DirectMessage), nameof(DirectMessage.Id)),
        DirectParameter.Column("@user", typeof(DirectMessage), nameof(DirectMessage.SenderId)));

    // The read mark's first write and its later raises: a read that found new messages writes one of them.
    private static readonly DirectWrite InsertMark = new(
        "INSERT INTO inbox_reads (user_id, last_read_message_id) VALUES (@user, @upTo) ON CONFLICT DO NOTHING",
        DirectParameter.Column("@user", typeof(InboxRead), nameof(InboxRead.UserId)),
        DirectParameter.Column("@upTo", typeof(InboxRead), nameof(InboxRead.LastReadMessageId)));

    private static readonly DirectWrite RaiseMark = new(
        "UPDATE inbox_reads SET last_read_message_id = @upTo WHERE user_id = @user AND last_read_message_id < @upTo",
        DirectParameter.Column("@user", typeof(InboxRead), nameof(InboxRead.UserId)),
        DirectParameter.Column("@upTo", typeof(InboxRead), nameof(InboxRead.LastReadMessageId)));

    public Task<bool> TryAddAsync(DirectMessage message, CancellationToken cancellationToken) =>
        writes.RunAsync(attempt => TryAddOnceAsync(message, attempt), cancellationToken);

    public async Task<long?> DeleteAsync(long messageId, long userId, CancellationToken cancellationToken) =>
        await writes.RunOnceAsync(turn => Delete.ExecuteReturningIdAsync(db, [messageId, userId], turn), cancellationToken) is > 0 and var other
            ? other
            : null;

    // Once the user's mark exists, only a conditional update touches it, so racing reads can only leave the highest
    // mark; a read whose mark is already as high writes nothing, so reading the inbox again is not a write and does not
    // queue for the write gate. The first read inserts the mark; when another read inserted it first (the insert adds
    // nothing), this one falls back to the update.
    public async Task MarkReadAsync(long userId, long upToId, CancellationToken cancellationToken)
    {
        if (await ReadMarkAsync(userId, cancellationToken) >= upToId)
        {
            return;
        }

        await writes.RunAsync(turn => MarkReadOnceAsync(userId, upToId, turn), cancellationToken);
    }

    private async Task<long?> ReadMarkAsync(long userId, CancellationToken cancellationToken) =>
        (await ReadMarkRead.FirstOrDefaultAsync(db, userId, cancellationToken))?.LastReadMessageId;

    private async Task MarkReadOnceAsync(long userId, long upToId, CancellationToken cancellationToken)
    {
        var mark = await ReadMarkAsync(userId, cancellationToken);
        if (mark >= upToId)
        {
            return;
        }

        if (mark is null)
        {
            try
            {
                if (await InsertMark.ExecuteAsync(db, [userId, upToId], cancellationToken) == 1)
                {
                    return;
                }
            }
            catch (Exception exception) when (ForeignKeyViolation.IsProviders(exception))
            {
                // The account was deleted while its inbox was read: there is nothing left to mark.
                return;
            }
        }

        await RaiseMark.ExecuteAsync(db, [userId, upToId], cancellationToken);
    }

    private async Task<bool> TryAddOnceAsync(DirectMessage message, CancellationToken cancellationToken)
    {
        var id = await db.TryInsertAsync(Insert, [message.SenderId, message.RecipientId, message.Message, message.CreatedAt], cancellationToken);
        message.Id = id ?? default;
        return id is not null;
    }
}
