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

    /// <summary>From <c>SaveChanges</c>, which wraps the provider's exception.</summary>
    public static bool Is(DbUpdateException exception) => IsProviders(exception.InnerException);

    /// <summary>From a <see cref="DirectWrite"/>, which throws the provider's exception itself.</summary>
    public static bool IsProviders(Exception? exception) =>
        exception switch
        {
            SqliteException sqlite => sqlite.SqliteExtendedErrorCode == SqliteConstraintForeignKey,
            PostgresException postgres => postgres.SqlState == PostgresErrorCodes.ForeignKeyViolation,
            _ => false,
        };

    /// <summary>Runs <paramref name="insert"/> (<c>INSERT … RETURNING id</c>) with <paramref name="values"/>.</summary>
    /// <returns>The new row's id; <c>null</c>, with nothing saved, when a row it points at is gone.</returns>
    public static async Task<long?> TryInsertAsync(this MirageDbContext db, DirectWrite insert, object[] values, CancellationToken cancellationToken)
    {
        try
        {
            return await insert.ExecuteReturningIdAsync(db, values, cancellationToken);
        }
        catch (Exception exception) when (IsProviders(exception))
        {
            return null;
        }
    }
}
