using Mirage.Domain.Common;
using Mirage.Domain.Observability;
using Mirage.Domain.Sessions;

namespace Mirage.Domain.Rooms;

/// <summary>Sending and reading a room's short-lived messages; members only.</summary>
public class RoomChatService(
    IRoomRepository rooms, IRoomQueries queries, RoomPolicy policy, IListChanges lists, ICurrentUser currentUser, TimeProvider clock, MirageMetrics metrics)
{
    /// <summary>As many as the first backend's readers showed at once; pollers ask only for newer ones.</summary>
    public const int MessagesPerRead = 100;

    public async Task<Result<RoomMessage>> SendAsync(long roomId, string text, CancellationToken cancellationToken)
    {
        if (await CheckMemberAsync(roomId, cancellationToken) is { } refused)
        {
            return refused;
        }

        var message = NewMessage(roomId, currentUser.UserId, text.Trim(), clock.GetUtcNow().UtcDateTime, policy);
        if (!await rooms.TryAddMessageAsync(message, cancellationToken))
        {
            return RoomErrors.NotFound;
        }

        metrics.MessageSent(MessageKind.Room);
        await lists.RoomAsync(roomId);
        return message;
    }

    public async Task<Result<IReadOnlyList<RoomMessageView>>> ReadAsync(long roomId, long? afterId, CancellationToken cancellationToken)
    {
        if (await CheckMemberAsync(roomId, cancellationToken) is { } refused)
        {
            return refused;
        }

        return Result<IReadOnlyList<RoomMessageView>>.Success(
            await queries.ListMessagesAsync(roomId, afterId, clock.GetUtcNow().UtcDateTime, MessagesPerRead, cancellationToken));
    }

    public static RoomMessage NewMessage(long roomId, long userId, string text, DateTime now, RoomPolicy policy) =>
        new() { RoomId = roomId, UserId = userId, Message = text, CreatedAt = now, ExpiresAt = now + policy.MessageLifetime };

    private async Task<Error?> CheckMemberAsync(long roomId, CancellationToken cancellationToken) =>
        RoomAccess.MemberError(await rooms.FindAccessAsync(roomId, currentUser.UserId, cancellationToken));
}
