using Mirage.Domain.Common;

namespace Mirage.Domain.Rooms;

/// <summary>Reads of rooms for display, each keyset-paged or bounded.</summary>
public interface IRoomQueries
{
    /// <summary>Public rooms, oldest first, each marked with whether <paramref name="userId"/> is in it.</summary>
    Task<IReadOnlyList<PublicRoomView>> ListPublicAsync(long userId, PageRequest page, CancellationToken cancellationToken);

    /// <summary>The rooms <paramref name="userId"/> is in, public and private, by room id.</summary>
    Task<IReadOnlyList<MemberRoomView>> ListOfMemberAsync(long userId, PageRequest page, CancellationToken cancellationToken);

    /// <summary>A room's members, by user id.</summary>
    Task<IReadOnlyList<RoomMemberView>> ListMembersAsync(long roomId, PageRequest page, CancellationToken cancellationToken);

    /// <summary>
    /// Messages not expired at <paramref name="now"/>, oldest first: the newest <paramref name="limit"/>, or
    /// with <paramref name="afterId"/> the first <paramref name="limit"/> newer than that message.
    /// </summary>
    Task<IReadOnlyList<RoomMessageView>> ListMessagesAsync(
        long roomId, long? afterId, DateTime now, int limit, CancellationToken cancellationToken);
}
