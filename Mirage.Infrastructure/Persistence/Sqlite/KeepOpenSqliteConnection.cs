using System.Diagnostics.CodeAnalysis;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Sqlite.Storage.Internal;
using Microsoft.EntityFrameworkCore.Storage;
using SQLitePCL;

namespace Mirage.Infrastructure.Persistence.Sqlite;

/// <summary>
/// SQLite only: a context keeps its connection open from its first query until the context itself is
/// discarded, instead of closing it after every query and when the pool takes the context back. SQLite
/// runs in the process, so an open connection holds no server-side resource (and no transaction or read
/// snapshot between statements); but every open takes the SQLite pool's lock and registers EF Core's SQL
/// functions on the connection again, a large share of the CPU of a simple read (bench/RESULTS.md). The
/// context pool (<see cref="SqliteOptions.ContextPoolSize"/>) bounds how many connections stay
/// open; a context beyond it is disposed, and its connection with it. Each connection's own page cache is
/// kept small (<see cref="PageCacheKibibytes"/>): a connection is held by every pooled context, and the
/// operating system caches the file for all of them anyway.
/// </summary>
/// <remarks>
/// <para>
/// Each connection also asks SQLite for a stable query plan (<c>SQLITE_DBCONFIG_ENABLE_QPSG</c>). Without it
/// SQLite plans a statement whose <c>LIMIT</c> is a parameter (every page of every list, the feed) for that
/// parameter's value, and so compiles the statement again each time a value is bound to it, on every
/// execution: kept statements (<see cref="PreparedStatementReuse"/>, <see cref="DirectRead{T}"/>) would be
/// parsed and planned anew anyway. The plan it keeps is the one SQLite makes without the value: Mirage's
/// lists walk an index in their order, so the limit only stops the walk (bench/RESULTS.md).
/// </para>
/// <para>
/// The only place Mirage uses an EF Core internal type: no public hook reaches the close that EF Core does
/// when the pool takes a context back (it bypasses <see cref="DbConnectionInterceptor"/>). An EF Core
/// upgrade can break it; <c>SqliteConnectionReuseTests</c> detects that, and migrations.md ("EF Core
/// upgrades") says what to do.
/// </para>
/// <para>
/// After the first query EF Core finds the connection already open and leaves it alone. A transaction
/// EF Core began is rolled back when the pool takes the context back (its state is reset), as before. One
/// begun in raw SQL and never ended would keep its locks here, as it would in Microsoft.Data.Sqlite's own
/// pool when connections are closed: Mirage begins transactions only through EF Core.
/// </para>
/// </remarks>
[SuppressMessage("Usage", "EF1001:Internal EF Core API usage.", Justification = "Extends the SQLite provider's own connection; see the remarks and migrations.md.")]
public sealed class KeepOpenSqliteConnection(
    RelationalConnectionDependencies dependencies,
    IRawSqlCommandBuilder rawSqlCommandBuilder,
    IDiagnosticsLogger<DbLoggerCategory.Infrastructure> logger)
    : SqliteRelationalConnection(dependencies, rawSqlCommandBuilder, logger)
{
    public const int PageCacheKibibytes = 256;

    // A negative cache_size is in KiB; the setting lasts as long as the connection.
    private static readonly string LimitPageCache = FormattableString.Invariant($"PRAGMA cache_size = -{PageCacheKibibytes}");

    /// <summary>Makes the SQLite provider of <paramref name="options"/> use this connection service.</summary>
    public static DbContextOptionsBuilder ReplaceIn(DbContextOptionsBuilder options) =>
        options.ReplaceService<ISqliteRelationalConnection, KeepOpenSqliteConnection>();

    protected override void OpenDbConnection(bool errorsExpected)
    {
        base.OpenDbConnection(errorsExpected);
        KeepQueryPlans((SqliteConnection)DbConnection);
        using var command = DbConnection.CreateCommand();
        command.CommandText = LimitPageCache;
        command.ExecuteNonQuery();
    }

    protected override async Task OpenDbConnectionAsync(bool errorsExpected, CancellationToken cancellationToken)
    {
        await base.OpenDbConnectionAsync(errorsExpected, cancellationToken);
        KeepQueryPlans((SqliteConnection)DbConnection);
        await using var command = DbConnection.CreateCommand();
        command.CommandText = LimitPageCache;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>
    /// Makes SQLite plan the statements of the open <paramref name="connection"/> without looking at their
    /// parameters' values (see the remarks), for as long as the connection lasts; the tests explain plans on
    /// connections set up so.
    /// </summary>
    public static void KeepQueryPlans(SqliteConnection connection)
    {
        var handle = connection.Handle;
        var result = raw.sqlite3_db_config(handle, raw.SQLITE_DBCONFIG_ENABLE_QPSG, 1, out _);
        SqliteException.ThrowExceptionForRC(result, handle);
    }

    protected override void CloseDbConnection()
    {
    }

    protected override Task CloseDbConnectionAsync() => Task.CompletedTask;
}
