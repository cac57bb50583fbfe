namespace Mirage.Domain.Files;

/// <summary>
/// A file shared in a chat room. Its bytes live in an <see cref="IFileStore"/> under <see cref="Id"/>; the
/// name the uploader gave is only ever shown, never used as a path.
/// </summary>
public class SharedFile
{
    public const int FileNameMaxLength = 255;
    public const int ContentTypeMaxLength = 64;

    /// <summary>Unguessable (<see cref="FileId"/>): the link is the only permission needed to read the file.</summary>
    public required string Id { get; set; }

    /// <summary>The room it was shared in.</summary>
    public long RoomId { get; set; }

    public long UploaderId { get; set; }

    public required string FileName { get; set; }

    /// <summary>Detected from the bytes (<see cref="ContentSniffer"/>), never the client's claim.</summary>
    public required string ContentType { get; set; }

    public long Size { get; set; }

    public DateTime CreatedAt { get; set; }

    /// <summary>
    /// When the file stops being served: its room message's expiry. While the upload runs it is
    /// <see cref="CreatedAt"/> plus <see cref="UploadWindow"/>, so the sweep removes what a crash left behind
    /// but never an upload still in progress (no one has the link before it completes).
    /// </summary>
    public DateTime ExpiresAt { get; set; }

    /// <summary>Longer than any upload can take at Kestrel's minimum data rate.</summary>
    public static TimeSpan UploadWindow { get; } = TimeSpan.FromDays(1);
}
