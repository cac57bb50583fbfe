namespace Mirage.Infrastructure.Persistence.Rooms;

/// <summary>
/// The one row counting public rooms. Creating a public room raises it only while it is under the cap,
/// in the same transaction as the room's insert, so concurrent creators are counted one at a time.
/// </summary>
public sealed class RoomCounts
{
    public const long TheRow = 1;

    public long Id { get; set; }

    public int PublicRooms { get; set; }
}
