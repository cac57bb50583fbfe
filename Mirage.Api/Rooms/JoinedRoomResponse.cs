namespace Mirage.Api.Rooms;

public sealed record JoinedRoomResponse(string Message, long RoomId, string RoomName);
