using System.Data;
using System.Diagnostics.CodeAnalysis;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Sqlite.Storage.Internal;
using Microsoft.EntityFrameworkCore.Storage;

namespace Mirage.Infrastructure.Persistence;

/// <summary>
/// SQLite only: a context keeps its connection open from its first query until the context itself is
/// discarded, instead of closing it after every query and when the pool takes the context back. SQLite
/// runs in the process, so an open connection holds no server-side resource (and no transaction or read
/// snapshot between statements); but every open takes the SQLite pool's lock and registers EF Core's SQL
/// functions on the connection again, which was a sixth of the server's CPU per profile read. The context
/// pool (<see cref="DatabaseOptions.SqliteContextPoolSize"/>) bounds how many connections stay open; a
/// context beyond it is disposed, and its connection with it.
/// </summary>
[SuppressMessage("Usage", "EF1001:Internal EF Core API usage.", Justification = "Extends the SQLite provider's own connection; only the two close hooks are overridden.")]
public sealed class KeepOpenSqliteConnection(
    RelationalConnectionDependencies dependencies,
    IRawSqlCommandBuilder rawSqlCommandBuilder,
    IDiagnosticsLogger<DbLoggerCategory.Infrastructure> logger)
    : SqliteRelationalConnection(dependencies, rawSqlCommandBuilder, logger)
{
    // EF Core still tracks the connection as closed and rolls back any transaction left open before the
    // context is reused; only the physical close is skipped. A broken connection is closed for real, so
    // the next open starts afresh.
    protected override void CloseDbConnection()
    {
        if (DbConnection.State == ConnectionState.Broken)
        {
            base.CloseDbConnection();
        }
    }

    protected override Task CloseDbConnectionAsync() =>
        DbConnection.State == ConnectionState.Broken ? base.CloseDbConnectionAsync() : Task.CompletedTask;
}
