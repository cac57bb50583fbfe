using Microsoft.EntityFrameworkCore;
using Mirage.Domain.Files;

namespace Mirage.Infrastructure.Persistence.Files;

/// <summary>
/// Bytes in <c>file_contents</c>, which every server reaches. A file is held in memory while it is written or
/// read (at most <c>Files:MaxBytes</c>): neither provider streams a column through EF.
/// </summary>
public sealed class DatabaseFileStore(MirageDbContext db, DatabaseWrites writes) : IFileStore
{
    public async Task SaveAsync(string id, Stream content, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        await content.CopyToAsync(buffer, cancellationToken);
        var row = new FileContent { Id = id, Bytes = buffer.ToArray() };
        await writes.RunOnceAsync(
            async turn =>
            {
                db.FileContents.Add(row);
                try
                {
                    await db.SaveChangesAsync(turn);
                }
                finally
                {
                    db.Entry(row).State = EntityState.Detached;
                }
            },
            cancellationToken);
    }

    public async Task<Stream?> OpenAsync(string id, CancellationToken cancellationToken)
    {
        var bytes = await db.FileContents.Where(c => c.Id == id).Select(c => c.Bytes).FirstOrDefaultAsync(cancellationToken);
        return bytes is null ? null : new MemoryStream(bytes, writable: false);
    }

    public Task DeleteAsync(string id, CancellationToken cancellationToken) =>
        writes.RunOnceAsync(turn => db.FileContents.Where(c => c.Id == id).ExecuteDeleteAsync(turn), cancellationToken);
}
