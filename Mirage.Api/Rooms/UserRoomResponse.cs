namespace Mirage.Api.Rooms;

public sealed class UserRoomResponse
{
    public long RoomId { get; init; }

    public required string Name { get; init; }

    public bool IsPrivate { get; init; }
}
