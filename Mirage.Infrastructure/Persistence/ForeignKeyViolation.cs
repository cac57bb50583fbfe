using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Mirage.Infrastructure.Persistence;

/// <summary>
/// Recognises a foreign-key violation, on either provider: the user or post a new row points at was
/// deleted while the request was under way.
/// </summary>
public static class ForeignKeyViolation
{
    private const int SqliteConstraintForeignKey = 787;

    public static bool Is(DbUpdateException exception) =>
        exception.InnerException switch
        {
            SqliteException sqlite => sqlite.SqliteExtendedErrorCode == SqliteConstraintForeignKey,
            PostgresException postgres => postgres.SqlState == PostgresErrorCodes.ForeignKeyViolation,
            _ => false,
        };

    /// <summary>Adds a new row and saves it.</summary>
    /// <returns><c>false</c>, with nothing saved, when a row it points at is gone.</returns>
    public static async Task<bool> TryInsertAsync<T>(this MirageDbContext db, T entity, CancellationToken cancellationToken)
        where T : class
    {
        db.Add(entity);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateException exception) when (Is(exception))
        {
            db.ChangeTracker.Clear();
            return false;
        }
    }
}
