using Microsoft.EntityFrameworkCore;

namespace Mirage.Infrastructure.Persistence.Postgres;

/// <summary>
/// One server at a time migrates a PostgreSQL database. EF Core's own lock there is released with each
/// migration's transaction, and a server does not re-read the history between migrations: two servers
/// starting on an empty database could both apply the second migration, and one then fails to start. A
/// session-level advisory lock held for the whole run makes the others wait until every migration is in.
/// </summary>
public static class PostgresMigrationLock
{
    // Any fixed number; advisory locks are per database, so only Mirage's own migrations contend for it.
    private const long Key = 0x4D_6972_6167_65;

    public static async Task MigrateAsync(MirageDbContext db, CancellationToken cancellationToken)
    {
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await db.Database.ExecuteSqlRawAsync($"SELECT pg_advisory_lock({Key})", cancellationToken);
            await db.Database.MigrateAsync(cancellationToken);
        }
        finally
        {
            // Closing the session would free it too; unlocking says so, and frees it before the pool reuses the connection.
            await db.Database.ExecuteSqlRawAsync($"SELECT pg_advisory_unlock({Key})", CancellationToken.None);
            await db.Database.CloseConnectionAsync();
        }
    }
}
