using System.Data.Common;
using Microsoft.Data.Sqlite;
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

    /// <summary>
    /// How many seconds a statement waits for a lock on the database file before it fails, unless the
    /// connection string says (<c>Default Timeout</c>; Microsoft.Data.Sqlite's own default is 30). Only
    /// another process holding the file's write lock makes a statement wait: this process's writers wait
    /// for each other in the write gate (<see cref="SqliteWriteGate"/>), where no such timeout applies,
    /// and readers of a write-ahead log never wait. So a lock held too long answers 503 within 2 seconds.
    /// </summary>
    public const int DefaultBusyTimeoutSeconds = 1;

    public static DbContextOptionsBuilder UseMirageSqlite(this DbContextOptionsBuilder options, string connectionString) =>
        KeepOpenSqliteConnection.ReplaceIn(options.UseSqlite(WithDefaults(connectionString))).AddInterceptors(PreparedStatementReuse.Instance);

    /// <summary>The connection string with a busy timeout of <see cref="DefaultBusyTimeoutSeconds"/> when it sets none.</summary>
    public static string WithDefaults(string connectionString)
    {
        // Microsoft.Data.Sqlite's builder reports every keyword it knows as present, so read the keys as written
        // ("Default Timeout", or its other name "Command Timeout").
        var written = new DbConnectionStringBuilder { ConnectionString = connectionString }.Keys.Cast<string>();
        return written.Any(key => key.Equals("Default Timeout", StringComparison.OrdinalIgnoreCase) || key.Equals("Command Timeout", StringComparison.OrdinalIgnoreCase))
            ? connectionString
            : new SqliteConnectionStringBuilder(connectionString) { DefaultTimeout = DefaultBusyTimeoutSeconds }.ConnectionString;
    }
}
