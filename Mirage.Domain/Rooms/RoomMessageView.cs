namespace Mirage.Domain.Rooms;

public sealed record RoomMessageView(long Id, string Username, string Message, DateTime CreatedAt, long RoomId);
