using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Mirage.Infrastructure.Persistence;

/// <summary>How each provider is configured, the same at run time and for <c>dotnet ef</c>.</summary>
public static class DatabaseOptions
{
    public const string DefaultSqliteConnectionString = "Data Source=mirage.db";

    /// <summary>How often a unit of work that hit a transient PostgreSQL failure runs again.</summary>
    public const int MaxTransientRetries = 6;

    /// <summary>
    /// How many idle SQLite contexts the pool keeps, each with its open connection
    /// (<see cref="KeepOpenSqliteConnection"/>): enough for every request the server works on at once on a
    /// small machine; under a larger burst the extra contexts are disposed when their requests end.
    /// </summary>
    public const int SqliteContextPoolSize = 128;

    public static DbContextOptionsBuilder UseMirageDatabase(
        this DbContextOptionsBuilder options, DatabaseProvider provider, string connectionString) =>
        provider switch
        {
            DatabaseProvider.Sqlite => options.UseSqlite(connectionString).ReplaceService<IRelationalConnection, KeepOpenSqliteConnection>(),

            // Deadlocks, serialization failures and dropped connections are retried by the execution
            // strategy; units of work with their own transaction go through TransientRetry.
            DatabaseProvider.Postgres => options.UseNpgsql(
                connectionString, npgsql => npgsql.EnableRetryOnFailure(MaxTransientRetries, TimeSpan.FromSeconds(2), null)),
            _ => throw new ArgumentOutOfRangeException(nameof(provider), provider, "Unknown database provider."),
        };
}
