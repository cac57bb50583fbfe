namespace Mirage.Api.Rooms;

public sealed class RoomMessageResponse
{
    public long Id { get; init; }

    public required string Username { get; init; }

    public required string Message { get; init; }

    public DateTime CreatedAt { get; init; }

    public long RoomId { get; init; }
}
