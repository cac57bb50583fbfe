using System.Collections.Concurrent;
using System.Data.Common;
using Mirage.Tests.Api.Support;
using Npgsql;

namespace Mirage.Tests.Api.Persistence;

/// <summary>
/// Makes the first command that starts with each of <paramref name="sqlStarts"/> fail as PostgreSQL
/// reports a deadlock (SQLSTATE 40P01), as if another transaction had been chosen to survive; every
/// later command runs.
/// </summary>
public sealed class TransientFailureInjector(params string[] sqlStarts) : BeforeEachCommand
{
    private const string DeadlockDetected = "40P01";

    private readonly ConcurrentDictionary<string, bool> _failed = new();

    public bool HasFailed(string sqlStart) => _failed.ContainsKey(sqlStart);

    protected override ValueTask BeforeAsync(DbCommand command, CancellationToken cancellationToken)
    {
        var text = command.CommandText.TrimStart();
        var match = sqlStarts.FirstOrDefault(start => text.StartsWith(start, StringComparison.OrdinalIgnoreCase));
        if (match is not null && _failed.TryAdd(match, true))
        {
            throw new PostgresException("deadlock detected", "ERROR", "ERROR", DeadlockDetected);
        }

        return ValueTask.CompletedTask;
    }
}
