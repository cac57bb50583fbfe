namespace Mirage.Domain.Rooms;

/// <summary>A short-lived message in a room; it is never shown after <see cref="ExpiresAt"/>.</summary>
public class RoomMessage
{
    public const int MessageMaxLength = 2000;

    /// <summary>Room for a shared file's link, which is posted without the typed-message limit.</summary>
    public const int MessageStoredMaxLength = 4096;

    public long Id { get; set; }

    public long RoomId { get; set; }

    public long UserId { get; set; }

    public required string Message { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime ExpiresAt { get; set; }
}
