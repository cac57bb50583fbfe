using System.Diagnostics;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using Npgsql.EntityFrameworkCore.PostgreSQL;

namespace Mirage.Infrastructure.Persistence.Postgres;

/// <summary>
/// Npgsql's retrying strategy (deadlocks, serialization failures, dropped connections) with two changes for
/// an outage. A failed connection empties the pools, so that the retry, and every request after it, opens a
/// fresh connection instead of drawing one the server's restart killed. And after a failed connection the
/// retries wait at most <see cref="OutageMaxDelay"/> and stop once <see cref="OutageBudget"/> has passed, so a
/// request answers 503 in time instead of sitting in a back-off. A deadlock or serialization failure, where
/// the server is up but busy, keeps the longer back-off that spreads colliding writers apart.
/// </summary>
public sealed class BoundedRetryStrategy(ExecutionStrategyDependencies dependencies)
    : NpgsqlRetryingExecutionStrategy(dependencies, PostgresOptions.MaxTransientRetries, ContentionMaxDelay, null)
{
    /// <summary>How long the attempts of one unit of work may take once a connection has failed.</summary>
    public static readonly TimeSpan OutageBudget = TimeSpan.FromSeconds(1);

    /// <summary>The longest wait after a failed connection; the first retry runs at once.</summary>
    public static readonly TimeSpan OutageMaxDelay = TimeSpan.FromMilliseconds(250);

    /// <summary>The longest wait after a deadlock or serialization failure.</summary>
    public static readonly TimeSpan ContentionMaxDelay = TimeSpan.FromSeconds(2);

    private readonly Stopwatch _elapsed = new();

    protected override void OnFirstExecution()
    {
        base.OnFirstExecution();
        _elapsed.Restart();
    }

    protected override bool ShouldRetryOn(Exception? exception)
    {
        if (exception is not null && DatabaseFaults.IsConnectionFailure(exception))
        {
            NpgsqlConnection.ClearAllPools();
        }

        return base.ShouldRetryOn(exception);
    }

    protected override TimeSpan? GetNextDelay(Exception lastException)
    {
        var delay = base.GetNextDelay(lastException);
        if (delay is null || !DatabaseFaults.IsConnectionFailure(lastException))
        {
            return delay;
        }

        var capped = delay < OutageMaxDelay ? delay.Value : OutageMaxDelay;
        return _elapsed.Elapsed + capped < OutageBudget ? capped : null;
    }
}
