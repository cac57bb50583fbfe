using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Mirage.Infrastructure.Persistence;

/// <summary>
/// Recognises a foreign-key violation: the user or post a new row points at was deleted while the
/// request was under way.
/// </summary>
public static class ForeignKeyViolation
{
    private const int SqliteConstraintForeignKey = 787;

    public static bool Is(DbUpdateException exception) =>
        exception.InnerException is SqliteException { SqliteExtendedErrorCode: SqliteConstraintForeignKey };
}
