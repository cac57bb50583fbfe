using System.Collections.Concurrent;
using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Npgsql;

namespace Mirage.Tests.Api.Persistence;

/// <summary>
/// Makes the first command that starts with each of <paramref name="sqlStarts"/> fail as PostgreSQL
/// reports a deadlock (SQLSTATE 40P01), as if another transaction had been chosen to survive; every
/// later command runs.
/// </summary>
public sealed class TransientFailureInjector(params string[] sqlStarts) : DbCommandInterceptor
{
    private const string DeadlockDetected = "40P01";

    private readonly ConcurrentDictionary<string, bool> _failed = new();

    public bool HasFailed(string sqlStart) => _failed.ContainsKey(sqlStart);

    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        FailTheFirstMatch(command);
        return base.NonQueryExecutingAsync(command, eventData, result, cancellationToken);
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        FailTheFirstMatch(command);
        return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
    }

    private void FailTheFirstMatch(DbCommand command)
    {
        var text = command.CommandText.TrimStart();
        var match = sqlStarts.FirstOrDefault(start => text.StartsWith(start, StringComparison.OrdinalIgnoreCase));
        if (match is not null && _failed.TryAdd(match, true))
        {
            throw new PostgresException("deadlock detected", "ERROR", "ERROR", DeadlockDetected);
        }
    }
}
