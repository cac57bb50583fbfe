using Mirage.Infrastructure.Persistence;

namespace Mirage.Infrastructure.Import;

/// <summary>
/// Writes a batch through EF's SaveChanges (batched INSERTs), then empties the change tracker, so memory stays
/// flat however many batches come. Used on SQLite, where it meets the import's time target.
/// </summary>
public sealed class EfImportWriter(MirageDbContext db) : IImportWriter
{
    public async Task WriteAsync(IReadOnlyList<object> entities, CancellationToken cancellationToken)
    {
        ImportTransaction.Require(db);
        // The rows are only ever added, never changed once tracked: change detection would find nothing.
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        try
        {
            db.AddRange(entities);
            await db.SaveChangesAsync(cancellationToken);
        }
        finally
        {
            db.ChangeTracker.Clear();
            db.ChangeTracker.AutoDetectChangesEnabled = true;
        }
    }
}
