using Microsoft.EntityFrameworkCore;
using Mirage.Domain.Common;
using Mirage.Domain.DirectMessages;
using Mirage.Infrastructure.Persistence.Users;

namespace Mirage.Infrastructure.Persistence.DirectMessages;

public sealed class InboxQueries(MirageDbContext db) : IInboxQueries
{
    // The newest of "sent by me" and of "received from others", each read as one range of its own index, then
    // merged: one OR over both columns would make the database read every message of the user to sort them.
    // A note to oneself is in the sent half only, so it is listed once. Compiled, so a request skips EF's
    // per-call expression-tree work.
    private static readonly CompiledPerProvider<Func<MirageDbContext, long, long, int, IAsyncEnumerable<DirectMessageView>>> PageQuery =
        new(() => EF.CompileAsyncQuery((MirageDbContext db, long userId, long beforeId, int count) =>
            from m in db.DirectMessages.Where(m => m.SenderId == userId && m.Id < beforeId).OrderByDescending(m => m.Id).Take(count)
                .Concat(db.DirectMessages.Where(m => m.RecipientId == userId && m.SenderId != userId && m.Id < beforeId)
                    .OrderByDescending(m => m.Id).Take(count))
                .OrderByDescending(m => m.Id)
                .Take(count)
            join sender in db.Users on m.SenderId equals sender.Id
            join recipient in db.Users on m.RecipientId equals recipient.Id
            orderby m.Id descending
            select new DirectMessageView(m.Id, sender.Username, recipient.Username, m.Message, m.CreatedAt, sender.AvatarUrl)));

    // One message as the inbox shows it: every message sent is read back with it.
    private static readonly CompiledPerProvider<Func<MirageDbContext, long, CancellationToken, Task<DirectMessageView?>>> ViewById =
        new(() => EF.CompileAsyncQuery((MirageDbContext db, long messageId, CancellationToken _) =>
            (from m in db.DirectMessages
             join sender in db.Users on m.SenderId equals sender.Id
             join recipient in db.Users on m.RecipientId equals recipient.Id
             where m.Id == messageId
             select new DirectMessageView(m.Id, sender.Username, recipient.Username, m.Message, m.CreatedAt, sender.AvatarUrl))
            .FirstOrDefault()));

    public Task<DirectMessageView?> FindViewAsync(long messageId, CancellationToken cancellationToken) =>
        ViewById.For(db)(db, messageId, cancellationToken);

    public async Task<IReadOnlyList<DirectMessageView>> ListAsync(long userId, PageRequest page, CancellationToken cancellationToken) =>
        await PageQuery.For(db)(db, userId, page.After?.Id ?? long.MaxValue, page.Limit + 1).ToListAsync(cancellationToken);

    // One statement, so the three numbers come from one snapshot of the table.
    public async Task<InboxCount> CountAsync(long userId, CancellationToken cancellationToken)
    {
        var fromOthers = db.DirectMessages.Where(m => m.RecipientId == userId && m.SenderId != userId);
        var counts = await db.UserById(userId)
            .Select(_ => new InboxCount(
                db.DirectMessages.Count(m => m.SenderId == userId) + fromOthers.Count(),
                fromOthers.Count(m => m.Id > (db.InboxReads.Where(r => r.UserId == userId).Select(r => (long?)r.LastReadMessageId).FirstOrDefault() ?? 0))))
            .FirstOrDefaultAsync(cancellationToken);
        return counts ?? new InboxCount(0, 0);
    }
}
