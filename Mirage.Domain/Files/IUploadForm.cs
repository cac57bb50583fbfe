namespace Mirage.Domain.Files;

/// <summary>
/// An upload as it arrives, read only as far as each question needs, so that the room is checked before
/// the file's bytes are stored.
/// </summary>
public interface IUploadForm
{
    /// <returns>The <c>room_id</c> field as sent, or <c>null</c> when there is none.</returns>
    /// <exception cref="MalformedUploadException">The body is not a readable form.</exception>
    Task<string?> ReadRoomIdAsync(CancellationToken cancellationToken);

    /// <returns>The <c>file</c> part, or <c>null</c> when there is none.</returns>
    /// <exception cref="MalformedUploadException">The body is not a readable form.</exception>
    Task<UploadPart?> ReadFileAsync(CancellationToken cancellationToken);
}
