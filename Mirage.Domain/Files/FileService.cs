using System.Globalization;
using Mirage.Domain.Common;
using Mirage.Domain.Observability;
using Mirage.Domain.Sessions;

namespace Mirage.Domain.Files;

/// <summary>
/// Sharing files in rooms. An upload is checked in the contract's order (room id, room, membership, file,
/// name) before a byte of the file is stored, and a failure after storing leaves nothing behind.
/// </summary>
public class FileService(
    ISharedFileRepository files,
    IFileStore store,
    IRoomUploads rooms,
    IFileLinks links,
    ICurrentUser currentUser,
    FileSettings settings,
    TimeProvider clock,
    MirageMetrics metrics)
{
    /// <returns>The file's absolute URL.</returns>
    public async Task<Result<string>> UploadAsync(IUploadForm form, CancellationToken cancellationToken)
    {
        var uploaded = await ReceiveAsync(form, cancellationToken);
        metrics.Upload(uploaded.Error switch
        {
            null => UploadOutcome.Stored,
            { Kind: ErrorKind.TooLarge } => UploadOutcome.TooLarge,
            var error when error == FileErrors.Malformed => UploadOutcome.Malformed,
            _ => UploadOutcome.Refused,
        });
        return uploaded;
    }

    public async Task<Result<OpenedFile>> OpenAsync(string id, CancellationToken cancellationToken)
    {
        var file = FileId.IsValid(id) ? await files.FindLiveAsync(id, clock.GetUtcNow().UtcDateTime, cancellationToken) : null;
        var content = file is null ? null : await store.OpenAsync(id, cancellationToken);
        return content is null ? FileErrors.NotFound : new OpenedFile(file!, content);
    }

    private async Task<Result<string>> ReceiveAsync(IUploadForm form, CancellationToken cancellationToken)
    {
        try
        {
            var roomId = await CheckRoomAsync(await form.ReadRoomIdAsync(cancellationToken), cancellationToken);
            if (!roomId.IsSuccess)
            {
                return roomId.Error!;
            }

            var part = await form.ReadFileAsync(cancellationToken);
            if (part is null)
            {
                return FileErrors.NoFile;
            }

            var name = FileNames.Clean(part.FileName);
            return name.Length == 0 ? FileErrors.NoFileName : await StoreAsync(roomId.Value, name, part.Content, cancellationToken);
        }
        catch (MalformedUploadException)
        {
            return FileErrors.Malformed;
        }
    }

    private async Task<Result<long>> CheckRoomAsync(string? roomIdText, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(roomIdText))
        {
            return FileErrors.NoRoomId;
        }

        // An id that is not a number names no room, as a malformed id in a path names no post.
        if (!long.TryParse(roomIdText.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var roomId))
        {
            return FileErrors.RoomNotFound;
        }

        return await rooms.CheckAsync(roomId, currentUser.UserId, cancellationToken) switch
        {
            RoomUploadAccess.Allowed => roomId,
            RoomUploadAccess.RoomNotFound => FileErrors.RoomNotFound,
            _ => FileErrors.NotMember,
        };
    }

    private async Task<Result<string>> StoreAsync(long roomId, string name, Stream content, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var file = new SharedFile
        {
            Id = FileId.New(), RoomId = roomId, UploaderId = currentUser.UserId, FileName = name,
            ContentType = ContentSniffer.Binary, CreatedAt = now, ExpiresAt = now + SharedFile.UploadWindow,
        };

        // The row comes first: whatever happens next, the sweep can find what is left.
        await files.AddAsync(file, cancellationToken);
        try
        {
            var sniffer = new ContentSniffer();
            var counted = new SizeLimitedStream(content, settings.MaxBytes, sniffer);
            await store.SaveAsync(file.Id, counted, cancellationToken);
            var url = links.UrlOf(file.Id);
            if (await rooms.PostLinkAsync(roomId, currentUser.UserId, url, cancellationToken) is not { } expiresAt)
            {
                await ForgetAsync(file.Id);
                return FileErrors.RoomNotFound;
            }

            // Not the request's token: once the link is in the room, a client hanging up must not make it a dead link.
            await files.CompleteAsync(file.Id, counted.BytesRead, sniffer.Finish(), expiresAt, CancellationToken.None);
            return url;
        }
        catch (Exception failure) when (failure is FileTooLargeException or MalformedUploadException)
        {
            await ForgetAsync(file.Id);
            return failure is FileTooLargeException ? FileErrors.TooLarge(settings.MaxBytes) : FileErrors.Malformed;
        }
        catch
        {
            await ForgetAsync(file.Id);
            throw;
        }
    }

    // Not the request's token: a client that hung up must not leave the bytes behind.
    private async Task ForgetAsync(string id)
    {
        await store.DeleteAsync(id, CancellationToken.None);
        await files.DeleteAsync([id], CancellationToken.None);
    }
}
