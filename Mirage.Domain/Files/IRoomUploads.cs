namespace Mirage.Domain.Files;

/// <summary>What sharing a file needs from chat rooms: the membership check, and the room message that links the file.</summary>
public interface IRoomUploads
{
    Task<RoomUploadAccess> CheckAsync(long roomId, long userId, CancellationToken cancellationToken);

    /// <summary>Posts the file's URL into the room as the uploader's message.</summary>
    /// <returns>When that message expires (the file expires with it); <c>null</c> when the room or the uploader's account is gone.</returns>
    Task<DateTime?> PostLinkAsync(long roomId, long userId, string fileUrl, CancellationToken cancellationToken);
}
