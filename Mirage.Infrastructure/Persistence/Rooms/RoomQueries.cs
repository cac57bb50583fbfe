using Microsoft.EntityFrameworkCore;
using Mirage.Domain.Common;
using Mirage.Domain.Rooms;

namespace Mirage.Infrastructure.Persistence.Rooms;

/// <summary>Each list reads one index range: public rooms by id, a user's rooms, a room's members and messages.</summary>
public sealed class RoomQueries(MirageDbContext db) : IRoomQueries
{
    // What pollers ask every few seconds: the messages after the last one they have, oldest first. Compiled, so a
    // request skips EF's per-call expression-tree work.
    private static readonly CompiledPerProvider<Func<MirageDbContext, long, long, DateTime, int, IAsyncEnumerable<RoomMessageView>>> MessagesAfter =
        new(() => EF.CompileAsyncQuery((MirageDbContext db, long roomId, long afterId, DateTime now, int count) =>
            (from m in db.RoomMessages
             join u in db.Users on m.UserId equals u.Id
             where m.RoomId == roomId && m.ExpiresAt > now && m.Id > afterId
             orderby m.Id
             select new RoomMessageView(m.Id, u.Username, m.Message, m.CreatedAt, m.RoomId))
            .Take(count)));

    private static readonly CompiledPerProvider<Func<MirageDbContext, long, DateTime, int, IAsyncEnumerable<RoomMessageView>>> NewestMessages =
        new(() => EF.CompileAsyncQuery((MirageDbContext db, long roomId, DateTime now, int count) =>
            (from m in db.RoomMessages
             join u in db.Users on m.UserId equals u.Id
             where m.RoomId == roomId && m.ExpiresAt > now
             orderby m.Id descending
             select new RoomMessageView(m.Id, u.Username, m.Message, m.CreatedAt, m.RoomId))
            .Take(count)));

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
        if (afterId is { } after)
        {
            return await MessagesAfter.For(db)(db, roomId, after, now, limit).ToListAsync(cancellationToken);
        }

        var newest = await NewestMessages.For(db)(db, roomId, now, limit).ToListAsync(cancellationToken);
        return newest.OrderBy(m => m.Id).ToList();
    }
}
