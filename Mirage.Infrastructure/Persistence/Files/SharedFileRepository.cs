using Microsoft.EntityFrameworkCore;
using Mirage.Domain.Files;

namespace Mirage.Infrastructure.Persistence.Files;

public sealed class SharedFileRepository(MirageDbContext db) : ISharedFileRepository
{
    public async Task AddAsync(SharedFile file, CancellationToken cancellationToken)
    {
        db.SharedFiles.Add(file);
        await db.SaveChangesAsync(cancellationToken);
        db.Entry(file).State = EntityState.Detached;
    }

    public Task CompleteAsync(string id, long size, string contentType, DateTime expiresAt, CancellationToken cancellationToken) =>
        db.SharedFiles.Where(f => f.Id == id).ExecuteUpdateAsync(
            set => set.SetProperty(f => f.Size, size).SetProperty(f => f.ContentType, contentType).SetProperty(f => f.ExpiresAt, expiresAt),
            cancellationToken);

    public Task<SharedFile?> FindLiveAsync(string id, DateTime now, CancellationToken cancellationToken) =>
        db.SharedFiles.AsNoTracking().FirstOrDefaultAsync(f => f.Id == id && f.ExpiresAt > now, cancellationToken);

    public async Task<IReadOnlyList<string>> ListExpiredAsync(DateTime now, int limit, CancellationToken cancellationToken) =>
        await db.SharedFiles.Where(f => f.ExpiresAt <= now).OrderBy(f => f.ExpiresAt).Select(f => f.Id).Take(limit).ToListAsync(cancellationToken);

    public async Task<IReadOnlyList<string>> ListByUploaderAsync(long uploaderId, int limit, CancellationToken cancellationToken) =>
        await db.SharedFiles.Where(f => f.UploaderId == uploaderId).Select(f => f.Id).Take(limit).ToListAsync(cancellationToken);

    public Task DeleteAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken) =>
        ids.Count == 0 ? Task.CompletedTask : db.SharedFiles.Where(f => ids.Contains(f.Id)).ExecuteDeleteAsync(cancellationToken);
}
