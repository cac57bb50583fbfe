using Microsoft.EntityFrameworkCore;
using Mirage.Domain.Rooms;

namespace Mirage.Infrastructure.Persistence.Rooms;

public sealed class RoomRepository(MirageDbContext db, DatabaseWrites writes) : IRoomRepository
{
    /// <summary>
    /// Whether a room is private and whether <c>@user</c> is in it, or no row when there is no room <c>@room</c>:
    /// asked before every read and send of room messages, as a <see cref="DirectRead{T}"/>.
    /// </summary>
    public static readonly DirectRead<RoomAccess> AccessRead = new(
        """
        SELECT r.is_private, EXISTS (SELECT 1 FROM room_members AS m WHERE m.room_id = r.id AND m.user_id = @user)
        FROM rooms AS r
        WHERE r.id = @room
        """,
        row => new RoomAccess(row.GetBoolean(0), row.GetBoolean(1)),
        DirectParameter.Column("@room", typeof(Room), nameof(Room.Id)),
        DirectParameter.Column("@user", typeof(RoomMember), nameof(RoomMember.UserId)));

    // Every send_room_message, past the change tracker.
    private static readonly DirectWrite InsertMessage = new(
        """
        INSERT INTO room_messages (room_id, user_id, message, created_at, expires_at)
        VALUES (@room, @user, @message, @created, @expires)
        RETURNING id
        """,
        DirectParameter.Column("@room", typeof(RoomMessage), nameof(RoomMessage.RoomId)),
        DirectParameter.Column("@user", typeof(RoomMessage), nameof(RoomMessage.UserId)),
        DirectParameter.Column("@message", typeof(RoomMessage), nameof(RoomMessage.Message)),
        DirectParameter.Column("@created", typeof(RoomMessage), nameof(RoomMessage.CreatedAt)),
        DirectParameter.Column("@expires", typeof(RoomMessage), nameof(RoomMessage.ExpiresAt)));

    public Task<RoomCreation> TryCreateAsync(Room room, int maxPublicRooms, CancellationToken cancellationToken) =>
        writes.RunAsync(attempt => TryCreateOnceAsync(room, maxPublicRooms, attempt), cancellationToken);

    // A public room first raises the count (locking its row until commit), so concurrent creators pass the
    // cap one at a time; a name taken meanwhile rolls the count back with the rest.
    private async Task<RoomCreation> TryCreateOnceAsync(Room room, int maxPublicRooms, CancellationToken cancellationToken)
    {
        room.Id = default; // a failed attempt may have given it the id of a row that was rolled back
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (!room.IsPrivate && await db.RoomCounts.Where(c => c.Id == RoomCounts.TheRow && c.PublicRooms < maxPublicRooms)
                .ExecuteUpdateAsync(set => set.SetProperty(c => c.PublicRooms, c => c.PublicRooms + 1), cancellationToken) == 0)
        {
            return RoomCreation.PublicRoomCapReached;
        }

        db.Rooms.Add(room);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException exception) when (UniqueViolation.Is(exception))
        {
            db.ChangeTracker.Clear();
            return RoomCreation.NameTaken;
        }

        db.RoomMembers.Add(new RoomMember { RoomId = room.Id, UserId = room.CreatorId!.Value, JoinedAt = room.CreatedAt });
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return RoomCreation.Created;
    }

    public Task<Room?> FindByNormalizedNameAsync(string normalizedName, CancellationToken cancellationToken) =>
        db.Rooms.AsNoTracking().FirstOrDefaultAsync(r => r.NormalizedName == normalizedName, cancellationToken);

    public Task<RoomAccess?> FindAccessAsync(long roomId, long userId, CancellationToken cancellationToken) =>
        AccessRead.FirstOrDefaultAsync(db, [roomId, userId], cancellationToken);

    public Task<bool> TryJoinAsync(RoomMember member, CancellationToken cancellationToken) =>
        writes.RunOnceAsync(turn => TryJoinOnceAsync(member, turn), cancellationToken);

    private async Task<bool> TryJoinOnceAsync(RoomMember member, CancellationToken cancellationToken)
    {
        db.RoomMembers.Add(member);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateException exception) when (UniqueViolation.Is(exception) || ForeignKeyViolation.Is(exception))
        {
            // Already a member (a concurrent join won): nothing changes. Or the room or account is gone.
            db.ChangeTracker.Clear();
            return UniqueViolation.Is(exception);
        }
    }

    public async Task<bool> LeaveAsync(long roomId, long userId, CancellationToken cancellationToken) =>
        await writes.RunOnceAsync(
            turn => db.RoomMembers.Where(m => m.RoomId == roomId && m.UserId == userId).ExecuteDeleteAsync(turn), cancellationToken) > 0;

    public async Task<bool> TryReplacePasswordHashAsync(long roomId, string oldHash, string newHash, CancellationToken cancellationToken) =>
        await writes.RunOnceAsync(
            turn => db.Rooms.Where(r => r.Id == roomId && r.PasswordHash == oldHash)
                .ExecuteUpdateAsync(set => set.SetProperty(r => r.PasswordHash, newHash), turn),
            cancellationToken) > 0;

    // Run again after a transient failure on PostgreSQL, as SaveChanges would be.
    public Task<bool> TryAddMessageAsync(RoomMessage message, CancellationToken cancellationToken) =>
        writes.RunAsync(
            async turn =>
            {
                var id = await db.TryInsertAsync(InsertMessage, [message.RoomId, message.UserId, message.Message, message.CreatedAt, message.ExpiresAt], turn);
                message.Id = id ?? default;
                return id is not null;
            },
            cancellationToken);
}
