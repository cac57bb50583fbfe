using Microsoft.EntityFrameworkCore;
using Mirage.Domain.Common;
using Mirage.Domain.Rooms;

namespace Mirage.Infrastructure.Persistence.Rooms;

/// <summary>Each list reads one index range: public rooms by id, a user's rooms, a room's members and messages.</summary>
public sealed class RoomQueries(MirageDbContext db) : IRoomQueries
{
    /// <summary>
    /// What pollers ask every few seconds: the messages after the last one they have, oldest first, not expired
    /// at <c>@now</c>. One range of the (room_id, id) index, as a <see cref="DirectRead{T}"/>.
    /// </summary>
    public static readonly DirectRead<RoomMessageView> MessagesAfterRead = Messages(
        """
        WHERE m.room_id = @room AND m.id > @after AND m.expires_at > @now
        ORDER BY m.id
        """,
        DirectParameter.Column("@after", typeof(RoomMessage), nameof(RoomMessage.Id)));

    /// <summary>A room's newest messages not expired at <c>@now</c>, newest first, as a <see cref="DirectRead{T}"/>.</summary>
    public static readonly DirectRead<RoomMessageView> NewestMessagesRead = Messages(
        """
        WHERE m.room_id = @room AND m.expires_at > @now
        ORDER BY m.id DESC
        """);

    public async Task<IReadOnlyList<PublicRoomView>> ListPublicAsync(long userId, PageRequest page, CancellationToken cancellationToken)
    {
        // Compared with a parameter, not written as NOT is_private, which SQLite cannot look up in an index.
        var isPrivate = false;
        var rooms = db.Rooms.AsNoTracking().Where(r => r.IsPrivate == isPrivate);
        if (page.After is { } after)
        {
            rooms = rooms.Where(r => r.Id > after.Id);
        }

        return await rooms.OrderBy(r => r.Id).Take(page.Limit + 1)
            .Select(r => new PublicRoomView(r.Id, r.Name, db.RoomMembers.Any(m => m.RoomId == r.Id && m.UserId == userId)))
            .ToListAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<MemberRoomView>> ListOfMemberAsync(long userId, PageRequest page, CancellationToken cancellationToken)
    {
        var memberships = db.RoomMembers.Where(m => m.UserId == userId);
        if (page.After is { } after)
        {
            memberships = memberships.Where(m => m.RoomId > after.Id);
        }

        var rows = await memberships.OrderBy(m => m.RoomId).Take(page.Limit + 1)
            .Join(db.Rooms, m => m.RoomId, r => r.Id, (m, r) => new MemberRoomView(r.Id, r.Name, r.IsPrivate))
            .ToListAsync(cancellationToken);
        return rows.OrderBy(r => r.RoomId).ToList();
    }

    public async Task<IReadOnlyList<RoomMemberView>> ListMembersAsync(long roomId, PageRequest page, CancellationToken cancellationToken)
    {
        var members = db.RoomMembers.Where(m => m.RoomId == roomId);
        if (page.After is { } after)
        {
            members = members.Where(m => m.UserId > after.Id);
        }

        var rows = await members.OrderBy(m => m.UserId).Take(page.Limit + 1)
            .Join(db.Users, m => m.UserId, u => u.Id, (m, u) => new RoomMemberView(u.Id, u.Username))
            .ToListAsync(cancellationToken);
        return rows.OrderBy(m => m.UserId).ToList();
    }

    // Expired messages are filtered here, whether or not the sweep has deleted them yet.
    public async Task<IReadOnlyList<RoomMessageView>> ListMessagesAsync(
        long roomId, long? afterId, DateTime now, int limit, CancellationToken cancellationToken)
    {
        if (afterId is { } after)
        {
            return await MessagesAfterRead.ToListAsync(db, [roomId, now, limit, after], cancellationToken);
        }

        var newest = await NewestMessagesRead.ToListAsync(db, [roomId, now, limit], cancellationToken);
        newest.Reverse();
        return newest;
    }

    // A read of messages with their senders' names, as the room shows them, filtered and ordered by
    // `filterAndOrder`. Its parameters: the room, the time the messages must not have expired by, the row count,
    // then `more`.
    private static DirectRead<RoomMessageView> Messages(string filterAndOrder, params DirectParameter[] more) =>
        new(
            $"""
            SELECT m.id, u.username, m.message, m.created_at, m.room_id
            FROM room_messages AS m INNER JOIN users AS u ON m.user_id = u.id
            {filterAndOrder}
            LIMIT @count
            """,
            row => new RoomMessageView(row.GetInt64(0), row.GetString(1), row.GetString(2), row.GetUtcDateTime(3), row.GetInt64(4)),
            [
                DirectParameter.Column("@room", typeof(RoomMessage), nameof(RoomMessage.RoomId)),
                DirectParameter.Column("@now", typeof(RoomMessage), nameof(RoomMessage.ExpiresAt)),
                DirectParameter.Value<int>("@count"),
                .. more,
            ]);
}
