namespace Mirage.Domain.Rooms;

/// <summary>A user's membership of a room; at most one per (room, user).</summary>
public class RoomMember
{
    public long RoomId { get; set; }

    public long UserId { get; set; }

    public DateTime JoinedAt { get; set; }
}
