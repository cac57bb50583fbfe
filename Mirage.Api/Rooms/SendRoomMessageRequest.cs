namespace Mirage.Api.Rooms;

public sealed class SendRoomMessageRequest
{
    public long? RoomId { get; init; }

    public string? Message { get; init; }
}
