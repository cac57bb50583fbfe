namespace Mirage.Domain.Rooms;

/// <summary>Where a user stands with an existing room.</summary>
public sealed record RoomAccess(bool IsPrivate, bool IsMember);
