using Mirage.Domain.Files;

namespace Mirage.Domain.Rooms;

/// <summary>What sharing a file needs from rooms: members only, and the link posted as the uploader's message.</summary>
public class RoomUploads(IRoomRepository rooms, RoomPolicy policy, TimeProvider clock) : IRoomUploads
{
    public async Task<RoomUploadAccess> CheckAsync(long roomId, long userId, CancellationToken cancellationToken) =>
        await rooms.FindAccessAsync(roomId, userId, cancellationToken) switch
        {
            null => RoomUploadAccess.RoomNotFound,
            { IsMember: false } => RoomUploadAccess.NotMember,
            _ => RoomUploadAccess.Allowed,
        };

    public async Task<DateTime?> PostLinkAsync(long roomId, long userId, string fileUrl, CancellationToken cancellationToken)
    {
        var message = RoomChatService.NewMessage(roomId, userId, fileUrl, clock.GetUtcNow().UtcDateTime, policy);
        return await rooms.TryAddMessageAsync(message, cancellationToken) ? message.ExpiresAt : null;
    }
}
