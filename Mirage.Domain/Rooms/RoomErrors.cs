using Mirage.Domain.Common;

namespace Mirage.Domain.Rooms;

/// <summary>The contract's error strings of chat rooms; clients show them to people verbatim.</summary>
public static class RoomErrors
{
    public static readonly Error NotFound = new(ErrorKind.NotFound, "room not found");
    public static readonly Error NotMember = new(ErrorKind.Forbidden, "you are not in this room");
    public static readonly Error AlreadyExists = new(ErrorKind.Conflict, "room already exists");
    public static readonly Error PasswordRequired = new(ErrorKind.Forbidden, "password required");
    public static readonly Error WrongPassword = new(ErrorKind.Forbidden, "wrong password");

    public static Error PublicRoomCapReached(int maxPublicRooms) => new(
        ErrorKind.Invalid,
        $"maximum number of public rooms reached ({maxPublicRooms}). Please create a private room to continue the conversation with the people you would like to");
}
