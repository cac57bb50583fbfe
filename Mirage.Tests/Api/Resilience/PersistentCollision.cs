using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Npgsql;

namespace Mirage.Tests.Api.Resilience;

/// <summary>
/// Every command that starts with <paramref name="sqlStart"/> fails as the loser of a collision between writers,
/// a deadlock (SQLSTATE 40P01) or a serialization failure (40001) as <paramref name="sqlState"/> says, counting the attempts.
/// </summary>
public sealed class PersistentCollision(string sqlStart, string sqlState) : DbCommandInterceptor
{
    private int _attempts;

    public int Attempts => _attempts;

    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Fail(command);
        return base.NonQueryExecutingAsync(command, eventData, result, cancellationToken);
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Fail(command);
        return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
    }

    private void Fail(DbCommand command)
    {
        if (command.CommandText.TrimStart().StartsWith(sqlStart, StringComparison.OrdinalIgnoreCase))
        {
            Interlocked.Increment(ref _attempts);
            throw new PostgresException("the writers collided", "ERROR", "ERROR", sqlState);
        }
    }
}
