using System.Data.Common;
using Mirage.Tests.Api.Support;
using Npgsql;

namespace Mirage.Tests.Api.Resilience;

/// <summary>
/// Every command that starts with <paramref name="sqlStart"/> fails as the loser of a collision between writers,
/// a deadlock (SQLSTATE 40P01) or a serialization failure (40001) as <paramref name="sqlState"/> says, counting the attempts.
/// </summary>
public sealed class PersistentCollision(string sqlStart, string sqlState) : BeforeEachCommand
{
    private int _attempts;

    public int Attempts => _attempts;

    protected override ValueTask BeforeAsync(DbCommand command, CancellationToken cancellationToken)
    {
        if (command.CommandText.TrimStart().StartsWith(sqlStart, StringComparison.OrdinalIgnoreCase))
        {
            Interlocked.Increment(ref _attempts);
            throw new PostgresException("the writers collided", "ERROR", "ERROR", sqlState);
        }

        return ValueTask.CompletedTask;
    }
}
