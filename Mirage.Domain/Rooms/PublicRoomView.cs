namespace Mirage.Domain.Rooms;

/// <summary>A public room as listed to one caller.</summary>
public sealed record PublicRoomView(long RoomId, string Name, bool Joined);
