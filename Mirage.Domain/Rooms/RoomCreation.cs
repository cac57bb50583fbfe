namespace Mirage.Domain.Rooms;

/// <summary>What happened to a new room: made, its name taken, or the public rooms all used.</summary>
public enum RoomCreation
{
    Created,
    NameTaken,
    PublicRoomCapReached,
}
