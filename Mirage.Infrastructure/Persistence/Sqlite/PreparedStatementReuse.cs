using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Mirage.Infrastructure.Persistence.Sqlite;

/// <summary>
/// SQLite only: runs each SELECT on a command that the connection keeps for that SQL text, so SQLite compiles
/// the statement once per connection instead of on every execution. Microsoft.Data.Sqlite keeps prepared
/// statements per command and EF Core makes a new command for every execution (dotnet/efcore#14044), so
/// without this every read pays for parsing and planning its SQL again, the largest part of a simple read's
/// CPU (bench/RESULTS.md). Connections stay open for their context's life (<see cref="KeepOpenSqliteConnection"/>),
/// so a kept command is reused across requests.
/// </summary>
/// <remarks>
/// Only queries: the writes EF Core still sends keep its own commands (the busiest writes are
/// <see cref="DirectWrite"/>s, whose commands are kept the same way). A kept command runs with the parameters, transaction and
/// timeout of the command EF Core made, which is then left unexecuted. Each connection keeps at most
/// <see cref="MaxStatementsPerConnection"/> statements; past that its kept commands are dropped and kept anew.
/// </remarks>
public sealed class PreparedStatementReuse : DbCommandInterceptor
{
    /// <summary>Mirage has a few dozen distinct queries; each kept statement holds some of SQLite's memory.</summary>
    public const int MaxStatementsPerConnection = 48;

    public static readonly PreparedStatementReuse Instance = new();

    private readonly ConditionalWeakTable<SqliteConnection, KeptCommands> _byConnection = [];

    private PreparedStatementReuse()
    {
    }

    public override InterceptionResult<DbDataReader> ReaderExecuting(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result) =>
        !result.HasResult && KeptFor(command) is { } kept
            ? InterceptionResult<DbDataReader>.SuppressWithResult(kept.ExecuteReader())
            : result;

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return ValueTask.FromResult(ReaderExecuting(command, eventData, result));
    }

    // The kept command for this SQL, loaded with this execution's parameters; null when the command cannot be
    // swapped (not SQLite, not a query, or the kept one still has a reader open).
    private KeptCommand? KeptFor(DbCommand command)
    {
        if (command is not SqliteCommand { Connection: { } connection } sqlite || !IsQuery(sqlite.CommandText))
        {
            return null;
        }

        var kept = _byConnection.GetValue(connection, _ => new KeptCommands()).For(connection, sqlite.CommandText);
        return kept.TryLoad(sqlite) ? kept : null;
    }

    private static bool IsQuery(string sql) => sql.StartsWith("SELECT", StringComparison.OrdinalIgnoreCase);
}
