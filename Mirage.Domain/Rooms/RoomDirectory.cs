using Mirage.Domain.Common;
using Mirage.Domain.Sessions;

namespace Mirage.Domain.Rooms;

/// <summary>The lists of rooms and members; a private room's members are shown only to its members.</summary>
public class RoomDirectory(IRoomRepository rooms, IRoomQueries queries, ICurrentUser currentUser)
{
    public async Task<Page<PublicRoomView>> ListPublicAsync(PageRequest page, CancellationToken cancellationToken)
    {
        var rows = await queries.ListPublicAsync(currentUser.UserId, page, cancellationToken);
        return Page<PublicRoomView>.From(rows, page.Limit, r => new Cursor(r.RoomId, r.RoomId));
    }

    public async Task<Page<MemberRoomView>> ListMineAsync(PageRequest page, CancellationToken cancellationToken)
    {
        var rows = await queries.ListOfMemberAsync(currentUser.UserId, page, cancellationToken);
        return Page<MemberRoomView>.From(rows, page.Limit, r => new Cursor(r.RoomId, r.RoomId));
    }

    public async Task<Result<Page<RoomMemberView>>> ListMembersAsync(long roomId, PageRequest page, CancellationToken cancellationToken)
    {
        // Anyone may see who is in a public room; a private room's members only its members.
        var access = await rooms.FindAccessAsync(roomId, currentUser.UserId, cancellationToken);
        if ((access is { IsPrivate: false } ? null : RoomAccess.MemberError(access)) is { } refused)
        {
            return refused;
        }

        var rows = await queries.ListMembersAsync(roomId, page, cancellationToken);
        return Page<RoomMemberView>.From(rows, page.Limit, m => new Cursor(m.UserId, m.UserId));
    }
}
