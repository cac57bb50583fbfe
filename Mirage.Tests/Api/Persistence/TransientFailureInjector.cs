using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Npgsql;

namespace Mirage.Tests.Api.Persistence;

/// <summary>
/// Makes the first command that starts with <paramref name="sqlStart"/> fail as PostgreSQL reports a
/// deadlock (SQLSTATE 40P01), as if another transaction had been chosen to survive; later commands run.
/// </summary>
public sealed class TransientFailureInjector(string sqlStart) : DbCommandInterceptor
{
    private const string DeadlockDetected = "40P01";

    private int _failures;

    public int Failures => _failures;

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
        if (command.CommandText.TrimStart().StartsWith(sqlStart, StringComparison.OrdinalIgnoreCase)
            && Interlocked.CompareExchange(ref _failures, 1, 0) == 0)
        {
            throw new PostgresException("deadlock detected", "ERROR", "ERROR", DeadlockDetected);
        }
    }
}
