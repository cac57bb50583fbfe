namespace Mirage.Domain.Rooms;

/// <summary>
/// Wrong passwords one user gave for one private room, and the lock they earned. Kept per (room, user):
/// per room alone, anyone could lock everybody else out of a room by guessing badly.
/// </summary>
public class RoomLockout
{
    public long RoomId { get; set; }

    public long UserId { get; set; }

    public int FailedCount { get; set; }

    public DateTime? LockedUntil { get; set; }
}
