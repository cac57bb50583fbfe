using Microsoft.EntityFrameworkCore;

namespace Mirage.Infrastructure.Persistence.Sqlite;

/// <summary>How Mirage configures SQLite, the same at run time and for <c>dotnet ef</c>.</summary>
public static class SqliteOptions
{
    public const string DefaultConnectionString = "Data Source=mirage.db";

    /// <summary>
    /// How many idle SQLite contexts the pool keeps, each with its open connection and that connection's page
    /// cache (<see cref="KeepOpenSqliteConnection"/>): enough for the requests a small server works on at
    /// once; under a larger burst the extra contexts are disposed when their requests end. The pool hands
    /// contexts out in turn, so every pooled context's cache stays warm, and memory grows with this number.
    /// </summary>
    public const int ContextPoolSize = 32;

    public static DbContextOptionsBuilder UseMirageSqlite(this DbContextOptionsBuilder options, string connectionString) =>
        KeepOpenSqliteConnection.ReplaceIn(options.UseSqlite(connectionString)).AddInterceptors(PreparedStatementReuse.Instance);
}
