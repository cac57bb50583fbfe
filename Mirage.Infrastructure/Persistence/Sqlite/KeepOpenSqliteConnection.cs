using System.Diagnostics.CodeAnalysis;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Sqlite.Storage.Internal;
using Microsoft.EntityFrameworkCore.Storage;

namespace Mirage.Infrastructure.Persistence.Sqlite;

/// <summary>
/// SQLite only: a context keeps its connection open from its first query until the context itself is
/// discarded, instead of closing it after every query and when the pool takes the context back. SQLite
/// runs in the process, so an open connection holds no server-side resource (and no transaction or read
/// snapshot between statements); but every open takes the SQLite pool's lock and registers EF Core's SQL
/// functions on the connection again, which was 14% of the server's CPU on a profile read. The context
/// pool (<see cref="DatabaseOptions.SqliteContextPoolSize"/>) bounds how many connections stay open; a
/// context beyond it is disposed, and its connection with it. Each connection's own page cache is kept
/// small (<see cref="PageCacheKibibytes"/>): with a connection held by every request in flight, SQLite's
/// default of up to 2 MB each added 35 MB to the benchmark's peak memory, for no measurable speed (the
/// operating system caches the file for all connections anyway).
/// </summary>
/// <remarks>
/// After the first query EF Core finds the connection already open and leaves it alone. A transaction
/// EF Core began is rolled back when the pool takes the context back (its state is reset), as before. One
/// begun in raw SQL and never ended would keep its locks here, as it would in Microsoft.Data.Sqlite's own
/// pool when connections are closed: Mirage begins transactions only through EF Core.
/// </remarks>
[SuppressMessage("Usage", "EF1001:Internal EF Core API usage.", Justification = "Extends the SQLite provider's own connection; only the two close hooks are overridden.")]
public sealed class KeepOpenSqliteConnection(
    RelationalConnectionDependencies dependencies,
    IRawSqlCommandBuilder rawSqlCommandBuilder,
    IDiagnosticsLogger<DbLoggerCategory.Infrastructure> logger)
    : SqliteRelationalConnection(dependencies, rawSqlCommandBuilder, logger)
{
    public const int PageCacheKibibytes = 256;

    // A negative cache_size is in KiB; the setting lasts as long as the connection.
    private static readonly string LimitPageCache = FormattableString.Invariant($"PRAGMA cache_size = -{PageCacheKibibytes}");

    protected override void OpenDbConnection(bool errorsExpected)
    {
        base.OpenDbConnection(errorsExpected);
        using var command = DbConnection.CreateCommand();
        command.CommandText = LimitPageCache;
        command.ExecuteNonQuery();
    }

    protected override async Task OpenDbConnectionAsync(bool errorsExpected, CancellationToken cancellationToken)
    {
        await base.OpenDbConnectionAsync(errorsExpected, cancellationToken);
        await using var command = DbConnection.CreateCommand();
        command.CommandText = LimitPageCache;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    protected override void CloseDbConnection()
    {
    }

    protected override Task CloseDbConnectionAsync() => Task.CompletedTask;
}
