namespace Mirage.Domain.Rooms;

/// <summary>A room the caller is in.</summary>
public sealed record MemberRoomView(long RoomId, string Name, bool IsPrivate);
