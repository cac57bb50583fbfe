using Microsoft.EntityFrameworkCore;
using Mirage.Domain.Files;

namespace Mirage.Infrastructure.Persistence.Files;

/// <summary>
/// Shared files' rows. A link checked while the database is unavailable is answered from what this process
/// remembers of the file (<see cref="KnownSharedFiles"/>: filled when a link is made or served, emptied when a
/// file is deleted), so a file in a local store keeps being served, and only until its room message expires;
/// a file this process does not remember gets the outage's 503. A deleted file is never served from memory:
/// its bytes are deleted before its row (<see cref="SharedFileRemoval"/>), whichever server deletes it.
/// </summary>
public sealed class SharedFileRepository(MirageDbContext db, DatabaseWrites writes, KnownSharedFiles known) : ISharedFileRepository
{
    public Task AddAsync(SharedFile file, CancellationToken cancellationToken) =>
        writes.RunOnceAsync(
            async turn =>
            {
                db.SharedFiles.Add(file);
                await db.SaveChangesAsync(turn);
                db.Entry(file).State = EntityState.Detached;
            },
            cancellationToken);

    public async Task CompleteAsync(string id, long size, string contentType, DateTime expiresAt, CancellationToken cancellationToken)
    {
        await writes.RunOnceAsync(
            turn => db.SharedFiles.Where(f => f.Id == id).ExecuteUpdateAsync(
                set => set.SetProperty(f => f.Size, size).SetProperty(f => f.ContentType, contentType).SetProperty(f => f.ExpiresAt, expiresAt),
                turn),
            cancellationToken);
        await FindAsync(id, cancellationToken);
    }

    public async Task<SharedFile?> FindLiveAsync(string id, DateTime now, CancellationToken cancellationToken)
    {
        SharedFile? file;
        try
        {
            file = await FindAsync(id, cancellationToken);
        }
        catch (Exception exception) when (DatabaseFaults.Classify(exception) == DatabaseFault.Unavailable && known.Find(id) is { } remembered)
        {
            file = remembered;
        }

        return file?.ExpiresAt > now ? file : null;
    }

    public async Task<IReadOnlyList<string>> ListExpiredAsync(DateTime now, int limit, CancellationToken cancellationToken) =>
        await db.SharedFiles.Where(f => f.ExpiresAt <= now).OrderBy(f => f.ExpiresAt).Select(f => f.Id).Take(limit).ToListAsync(cancellationToken);

    public async Task<IReadOnlyList<string>> ListByUploaderAsync(long uploaderId, int limit, CancellationToken cancellationToken) =>
        await db.SharedFiles.Where(f => f.UploaderId == uploaderId).Select(f => f.Id).Take(limit).ToListAsync(cancellationToken);

    public async Task DeleteAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken)
    {
        if (ids.Count == 0)
        {
            return;
        }

        await writes.RunOnceAsync(turn => db.SharedFiles.Where(f => ids.Contains(f.Id)).ExecuteDeleteAsync(turn), cancellationToken);
        foreach (var id in ids)
        {
            known.Forget(id);
        }
    }

    // Whatever the row says now is what the process remembers.
    private async Task<SharedFile?> FindAsync(string id, CancellationToken cancellationToken)
    {
        var file = await db.SharedFiles.AsNoTracking().FirstOrDefaultAsync(f => f.Id == id, cancellationToken);
        if (file is null)
        {
            known.Forget(id);
        }
        else
        {
            known.Remember(file);
        }

        return file;
    }
}
