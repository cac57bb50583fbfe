namespace Mirage.Api.Rooms;

public sealed class PublicRoomResponse
{
    public long RoomId { get; init; }

    public required string Name { get; init; }

    /// <summary>Whether the caller is a member.</summary>
    public bool Joined { get; init; }
}
