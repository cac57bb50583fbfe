namespace Mirage.Domain.Rooms;

/// <summary>Rooms, their memberships and messages as written, and the look-ups that writing needs.</summary>
public interface IRoomRepository
{
    /// <summary>
    /// Inserts the room with its creator as a member, in one transaction. A public room is refused once
    /// <paramref name="maxPublicRooms"/> exist, exactly, however many are created at once.
    /// </summary>
    Task<RoomCreation> TryCreateAsync(Room room, int maxPublicRooms, CancellationToken cancellationToken);

    /// <summary>The room with its password hash; not tracked.</summary>
    Task<Room?> FindByNormalizedNameAsync(string normalizedName, CancellationToken cancellationToken);

    /// <returns><c>null</c> when there is no such room.</returns>
    Task<RoomAccess?> FindAccessAsync(long roomId, long userId, CancellationToken cancellationToken);

    /// <summary>Makes the user a member; a member joining again changes nothing.</summary>
    /// <returns><c>false</c> when the room, or the user's account, is gone.</returns>
    Task<bool> TryJoinAsync(RoomMember member, CancellationToken cancellationToken);

    /// <returns><c>false</c> when the user was not a member.</returns>
    Task<bool> LeaveAsync(long roomId, long userId, CancellationToken cancellationToken);

    /// <summary>
    /// Replaces the room's password hash with a stronger one of the same password, only while it still is
    /// <paramref name="oldHash"/>: a concurrent upgrade, or a new password, is never overwritten.
    /// </summary>
    /// <returns><c>false</c> when the hash had changed or the room is gone.</returns>
    Task<bool> TryReplacePasswordHashAsync(long roomId, string oldHash, string newHash, CancellationToken cancellationToken);

    /// <returns><c>false</c> when the room, or the sender's account, is gone.</returns>
    Task<bool> TryAddMessageAsync(RoomMessage message, CancellationToken cancellationToken);
}
