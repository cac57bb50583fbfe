namespace Mirage.Api.Rooms;

public sealed class RoomIdRequest
{
    public long? RoomId { get; init; }
}
