using Mirage.Domain.Rooms;

namespace Mirage.Api.Rooms;

/// <summary>The chat-room routes' validation messages: the first backend's strings, which its pages show.</summary>
public static class RoomRequestMessages
{
    public const string InvalidFields = "invalid fields received";
    public const string MissingRoomName = "missing room name or token";
    public const string MissingFields = "missing fields";
    public const string MissingRoomId = "missing token or room id";
    public const string InvalidAfter = "after must be a message id";

    public static readonly string MessageTooLong = $"message cannot exceed {RoomMessage.MessageMaxLength} characters";
    public static readonly string PasswordTooLong = $"password must be at most {Room.PasswordMaxLength} characters";
}
