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
}
