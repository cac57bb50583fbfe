using Microsoft.EntityFrameworkCore;
using Mirage.Domain.Common;
using Mirage.Domain.Rooms;

namespace Mirage.Infrastructure.Persistence.Rooms;

/// <summary>Each list reads one index range: public rooms by id, a user's rooms, a room's members and messages.</summary>
public sealed class RoomQueries(MirageDbContext db) : IRoomQueries
{
    public async Task<IReadOnlyList<PublicRoomView>> ListPublicAsync(long userId, PageRequest page, CancellationToken cancellationToken)
    {
        // Compared with a parameter, not written as NOT is_private, which SQLite cannot look up in an index.
        var isPrivate = false;
        var rooms = db.Rooms.AsNoTracking().Where(r => r.IsPrivate == isPrivate);
        if (page.After is { } after)
        {
            rooms = rooms.Where(r => r.Id > after.Id);
        }

        return await rooms.OrderBy(r => r.Id).Take(page.Limit + 1)
            .Select(r => new PublicRoomView(r.Id, r.Name, db.RoomMembers.Any(m => m.RoomId == r.Id && m.UserId == userId)))
            .ToListAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<MemberRoomView>> ListOfMemberAsync(long userId, PageRequest page, CancellationToken cancellationToken)
    {
        var memberships = db.RoomMembers.Where(m => m.UserId == userId);
        if (page.After is { } after)
        {
            memberships = memberships.Where(m => m.RoomId > after.Id);
        }

        var rows = await memberships.OrderBy(m => m.RoomId).Take(page.Limit + 1)
            .Join(db.Rooms, m => m.RoomId, r => r.Id, (m, r) => new MemberRoomView(r.Id, r.Name, r.IsPrivate))
            .ToListAsync(cancellationToken);
        return rows.OrderBy(r => r.RoomId).ToList();
    }

    public async Task<IReadOnlyList<RoomMemberView>> ListMembersAsync(long roomId, PageRequest page, CancellationToken cancellationToken)
    {
        var members = db.RoomMembers.Where(m => m.RoomId == roomId);
        if (page.After is { } after)
        {
            members = members.Where(m => m.UserId > after.Id);
        }

        var rows = await members.OrderBy(m => m.UserId).Take(page.Limit + 1)
            .Join(db.Users, m => m.UserId, u => u.Id, (m, u) => new RoomMemberView(u.Id, u.Username))
            .ToListAsync(cancellationToken);
        return rows.OrderBy(m => m.UserId).ToList();
    }

    // Expired messages are filtered here, whether or not the sweep has deleted them yet.
    public async Task<IReadOnlyList<RoomMessageView>> ListMessagesAsync(
        long roomId, long? afterId, DateTime now, int limit, CancellationToken cancellationToken)
    {
        var live = db.RoomMessages.Where(m => m.RoomId == roomId && m.ExpiresAt > now);
        var window = afterId is { } after
            ? live.Where(m => m.Id > after).OrderBy(m => m.Id).Take(limit)
            : live.OrderByDescending(m => m.Id).Take(limit);
        var rows = await window
            .Join(db.Users, m => m.UserId, u => u.Id, (m, u) => new RoomMessageView(m.Id, u.Username, m.Message, m.CreatedAt, m.RoomId))
            .ToListAsync(cancellationToken);
        return rows.OrderBy(m => m.Id).ToList();
    }
}
