namespace Mirage.Api.Rooms;

public sealed record RoomMessagesResponse(IReadOnlyList<RoomMessageResponse> Messages);
