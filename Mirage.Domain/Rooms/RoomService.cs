using Mirage.Domain.Common;
using Mirage.Domain.Passwords;
using Mirage.Domain.Sessions;
using Mirage.Domain.Users;

namespace Mirage.Domain.Rooms;

/// <summary>Making, joining and leaving rooms.</summary>
public class RoomService(
    IRoomRepository rooms,
    IUserRepository users,
    RoomPasswordGuard guard,
    PasswordService passwords,
    RoomPolicy policy,
    IListChanges lists,
    ICurrentUser currentUser,
    TimeProvider clock)
{
    public async Task<Result<Room>> CreateAsync(NewRoom request, CancellationToken cancellationToken)
    {
        var normalizedName = Room.NormalizeName(request.Name);

        // A cheap look before the expensive hash; the unique index remains the guarantee.
        if (await rooms.FindByNormalizedNameAsync(normalizedName, cancellationToken) is not null)
        {
            return RoomErrors.AlreadyExists;
        }

        var room = new Room
        {
            Name = request.Name.Trim(),
            NormalizedName = normalizedName,
            IsPrivate = request.IsPrivate,
            PasswordHash = request.IsPrivate ? await passwords.HashAsync(request.Password!, cancellationToken) : null,
            CreatorId = currentUser.UserId,
            CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        return await rooms.TryCreateAsync(room, policy.MaxPublicRooms, cancellationToken) switch
        {
            RoomCreation.Created => room,
            RoomCreation.NameTaken => RoomErrors.AlreadyExists,
            _ => RoomErrors.PublicRoomCapReached(policy.MaxPublicRooms),
        };
    }

    /// <summary>Joins by name; a private room wants its password, except from someone already in it.</summary>
    public async Task<Result<JoinedRoom>> JoinAsync(string name, string? password, CancellationToken cancellationToken)
    {
        var room = await rooms.FindByNormalizedNameAsync(Room.NormalizeName(name), cancellationToken);
        var access = room is null ? null : await rooms.FindAccessAsync(room.Id, currentUser.UserId, cancellationToken);
        if (room is null || access is null)
        {
            return RoomErrors.NotFound;
        }

        if (room.IsPrivate && !access.IsMember)
        {
            if (string.IsNullOrWhiteSpace(password))
            {
                return RoomErrors.PasswordRequired;
            }

            if (await guard.CheckAsync(room, currentUser.UserId, password, cancellationToken) is { } refused)
            {
                return refused;
            }
        }

        // A member joining again changes nothing; a concurrent join of the same user is settled by the key.
        var member = new RoomMember { RoomId = room.Id, UserId = currentUser.UserId, JoinedAt = clock.GetUtcNow().UtcDateTime };
        var joined = access.IsMember || await rooms.TryJoinAsync(member, cancellationToken);
        var user = joined ? await users.FindByIdAsync(currentUser.UserId, cancellationToken) : null;
        return user is null ? RoomErrors.NotFound : new JoinedRoom(room.Id, room.Name, user.Username);
    }

    public async Task<Result<long>> LeaveAsync(long roomId, CancellationToken cancellationToken)
    {
        if (RoomAccess.MemberError(await rooms.FindAccessAsync(roomId, currentUser.UserId, cancellationToken)) is { } refused)
        {
            return refused;
        }

        if (!await rooms.LeaveAsync(roomId, currentUser.UserId, cancellationToken))
        {
            return RoomErrors.NotMember;
        }

        // What the room showed the leaver they may no longer read.
        await lists.RoomAsync(roomId);
        return roomId;
    }
}
