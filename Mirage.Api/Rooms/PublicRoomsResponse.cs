namespace Mirage.Api.Rooms;

public sealed record PublicRoomsResponse(IReadOnlyList<PublicRoomResponse> Rooms, string? NextCursor);
