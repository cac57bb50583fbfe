namespace Mirage.Api.Rooms;

public sealed record UserRoomsResponse(IReadOnlyList<UserRoomResponse> Rooms, string? NextCursor);
