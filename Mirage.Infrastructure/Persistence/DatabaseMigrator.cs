using Microsoft.EntityFrameworkCore;
using Mirage.Infrastructure.Persistence.Postgres;

namespace Mirage.Infrastructure.Persistence;

/// <summary>Brings the database to the latest migration at start-up, so one command runs Mirage on a fresh machine.</summary>
public static class DatabaseMigrator
{
    public static async Task MigrateAsync(MirageDbContext db, CancellationToken cancellationToken)
    {
        if (db.Database.IsNpgsql())
        {
            await PostgresMigrationLock.MigrateAsync(db, cancellationToken);
            return;
        }

        await db.Database.MigrateAsync(cancellationToken);
        if (db.Database.IsSqlite())
        {
            // WAL lets readers run beside the single writer; the setting is stored in the file.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        }
    }
}
