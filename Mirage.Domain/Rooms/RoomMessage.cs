using Mirage.Domain.Common;

namespace Mirage.Domain.Rooms;

/// <summary>A short-lived message in a room; it is never shown after <see cref="ExpiresAt"/>.</summary>
public class RoomMessage
{
    public const int MessageMaxLength = 2000;

    /// <summary>
    /// Storage room, in UTF-16 units, for 2000 text elements of several units each (as for direct messages); a
    /// shared file's link, posted without the typed-message limit, fits too.
    /// </summary>
    public const int MessageStoredMaxLength = TextLength.MaxUnitsPerCharacter * MessageMaxLength;

    public long Id { get; set; }

    public long RoomId { get; set; }

    public long UserId { get; set; }

    public required string Message { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime ExpiresAt { get; set; }
}
