namespace Mirage.Api.Rooms;

public sealed record RoomCreatedResponse(string Message, long RoomId);
