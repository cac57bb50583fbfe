using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Mirage.Infrastructure.Persistence.Postgres;

/// <summary>How Mirage configures PostgreSQL, the same at run time and for <c>dotnet ef</c>.</summary>
public static class PostgresOptions
{
    /// <summary>
    /// How many statements Npgsql keeps prepared on each PostgreSQL connection unless the connection string
    /// says (<c>Max Auto Prepare</c>): Mirage runs a few dozen distinct statements, and a prepared one skips
    /// PostgreSQL's parsing and planning.
    /// </summary>
    public const int DefaultMaxAutoPrepare = 64;

    /// <summary>
    /// Deadlocks, serialization failures and dropped connections are retried by the execution strategy
    /// (<see cref="BoundedRetryStrategy"/>, within its time budgets); units of work with their own
    /// transaction go through <c>TransientRetry</c>.
    /// </summary>
    public static DbContextOptionsBuilder UseMiragePostgres(this DbContextOptionsBuilder options, string connectionString) =>
        options.UseNpgsql(WithDefaults(connectionString), npgsql => npgsql.ExecutionStrategy(dependencies => new BoundedRetryStrategy(dependencies)));

    /// <summary>
    /// The connection string with Mirage's defaults for what it leaves unsaid: statements prepared
    /// (<see cref="DefaultMaxAutoPrepare"/>), and <c>No Reset On Close</c>, since Mirage sets no session
    /// state (no SET, temporary tables or session locks) that a reset would have to clear, and the reset
    /// costs the server a round of work every time a pooled connection is reused. Behind a pooler that
    /// shares server connections per transaction, set <c>Max Auto Prepare=0</c>.
    /// </summary>
    public static string WithDefaults(string connectionString)
    {
        // Npgsql's own builder reports every keyword it knows as present, so read the keys as written.
        var written = new DbConnectionStringBuilder { ConnectionString = connectionString }.Keys.Cast<string>()
            .Select(key => key.Replace(" ", string.Empty, StringComparison.Ordinal))
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        if (!written.Contains(nameof(NpgsqlConnectionStringBuilder.MaxAutoPrepare)))
        {
            builder.MaxAutoPrepare = DefaultMaxAutoPrepare;
        }

        if (!written.Contains(nameof(NpgsqlConnectionStringBuilder.NoResetOnClose)))
        {
            builder.NoResetOnClose = true;
        }

        return builder.ConnectionString;
    }
}
