using Mirage.Infrastructure.Persistence;

namespace Mirage.Infrastructure.Import;

/// <summary>The one rule every <see cref="IImportWriter"/> keeps: it writes only inside the import's transaction.</summary>
public static class ImportTransaction
{
    public static void Require(MirageDbContext db)
    {
        if (db.Database.CurrentTransaction is null)
        {
            // Outside it each batch would commit on its own, and a failure would leave part of the import behind.
            throw new InvalidOperationException("The import writes only inside its transaction.");
        }
    }
}
