namespace Mirage.Domain.Rooms;

public sealed record RoomMemberView(long UserId, string Username);
