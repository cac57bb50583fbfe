namespace Mirage.Domain.Files;

/// <summary>Whether a user may share a file in a room, checked before a byte of the file is read.</summary>
public enum RoomUploadAccess
{
    Allowed,
    RoomNotFound,
    NotMember,
}
