using System.Diagnostics;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using Npgsql.EntityFrameworkCore.PostgreSQL;

namespace Mirage.Infrastructure.Persistence.Postgres;

/// <summary>
/// Npgsql's retrying strategy (deadlocks, serialization failures, dropped connections) with two changes for
/// an outage: the retries of one unit of work stop once <see cref="Budget"/> has passed, so a request
/// answers 503 in time instead of sitting in a back-off; and a failed connection empties the pools, so a
/// retry, and every request after it, opens a fresh connection instead of drawing a dead pooled one.
/// </summary>
public sealed class BoundedRetryStrategy(ExecutionStrategyDependencies dependencies)
    : NpgsqlRetryingExecutionStrategy(dependencies, PostgresOptions.MaxTransientRetries, MaxDelay, null)
{
    /// <summary>How long the attempts of one unit of work may take before the last failure is given up on.</summary>
    public static readonly TimeSpan Budget = TimeSpan.FromSeconds(1);

    /// <summary>The longest wait between two attempts; the first retry runs at once.</summary>
    public static readonly TimeSpan MaxDelay = TimeSpan.FromMilliseconds(250);

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

    protected override TimeSpan? GetNextDelay(Exception lastException) =>
        base.GetNextDelay(lastException) is { } delay && _elapsed.Elapsed + delay < Budget ? delay : null;
}
