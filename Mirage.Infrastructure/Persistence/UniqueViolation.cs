using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Mirage.Infrastructure.Persistence;

/// <summary>Recognises a unique-index violation, the database's word that a row already exists, on either provider.</summary>
public static class UniqueViolation
{
    private const int SqliteConstraintUnique = 2067;
    private const int SqliteConstraintPrimaryKey = 1555;

    /// <summary>From <c>SaveChanges</c>, which wraps the provider's exception.</summary>
    public static bool Is(DbUpdateException exception) => IsProviders(exception.InnerException);

    /// <summary>From a set-based <c>ExecuteUpdate</c>, which throws the provider's exception itself.</summary>
    public static bool IsProviders(Exception? exception) =>
        exception switch
        {
            SqliteException sqlite => sqlite.SqliteExtendedErrorCode is SqliteConstraintUnique or SqliteConstraintPrimaryKey,
            PostgresException postgres => postgres.SqlState == PostgresErrorCodes.UniqueViolation,
            _ => false,
        };
}
