namespace Mirage.Domain.Rooms;

/// <summary>The room someone is now in, and their name for the greeting.</summary>
public sealed record JoinedRoom(long RoomId, string RoomName, string Username);
