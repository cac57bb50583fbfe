namespace Mirage.Api.Rooms;

/// <summary>Members' usernames, as the first backend listed them.</summary>
public sealed record RoomMembersResponse(IReadOnlyList<string> Members, string? NextCursor);
