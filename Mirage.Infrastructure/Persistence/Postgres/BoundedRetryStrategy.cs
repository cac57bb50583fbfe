using System.Diagnostics;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using Npgsql.EntityFrameworkCore.PostgreSQL;

namespace Mirage.Infrastructure.Persistence.Postgres;

/// <summary>
/// Npgsql's retrying strategy (deadlocks, serialization failures, dropped connections), bounded so that a
/// unit of work answers within about 2 seconds whichever failure it meets, and waiting as that failure needs.
/// </summary>
/// <remarks>
/// <para>
/// A collision between writers (a deadlock or serialization failure, <see cref="DatabaseFaults.IsCollision"/>):
/// the server is up, and the victim's rivals are done in milliseconds. The retry waits a random part of a
/// short ceiling (<see cref="CollisionFirstDelay"/>, doubling up to <see cref="CollisionMaxDelay"/>), which spreads
/// the colliding writers apart, at most <see cref="MaxRetries"/> times, and none once <see cref="CollisionBudget"/>
/// has passed since the first collision: the time before it was spent doing the work (waiting behind other
/// writers' row locks under load), not retrying, and counting it would turn a busy server's collisions into 503s.
/// </para>
/// <para>
/// Anything else (a failed connection, a server refusing connections, a timeout) is treated as an outage. A
/// failed connection empties the pools, so that the retry, and every request after it, opens a fresh
/// connection instead of drawing one the server's restart killed. The first retry runs at once, later ones
/// wait at most <see cref="OutageMaxDelay"/>, and none starts once <see cref="OutageBudget"/> has passed since the
/// first attempt, so a request answers 503 in time instead of sitting in a back-off.
/// </para>
/// </remarks>
public sealed class BoundedRetryStrategy(ExecutionStrategyDependencies dependencies)
    : NpgsqlRetryingExecutionStrategy(dependencies, MaxRetries, OutageMaxDelay, null)
{
    /// <summary>How often a unit of work runs again at most.</summary>
    public const int MaxRetries = 10;

    /// <summary>How long the attempts of one unit of work may take once a connection has failed.</summary>
    public static readonly TimeSpan OutageBudget = TimeSpan.FromSeconds(1);

    /// <summary>The longest wait after a failed connection; the first retry runs at once.</summary>
    public static readonly TimeSpan OutageMaxDelay = TimeSpan.FromMilliseconds(250);

    /// <summary>How long the retries after a collision may take, from the first collision.</summary>
    public static readonly TimeSpan CollisionBudget = TimeSpan.FromSeconds(1);

    /// <summary>The ceiling of the first wait after a collision; each further collision doubles it.</summary>
    public static readonly TimeSpan CollisionFirstDelay = TimeSpan.FromMilliseconds(10);

    /// <summary>The longest wait after a collision.</summary>
    public static readonly TimeSpan CollisionMaxDelay = TimeSpan.FromMilliseconds(100);

    private readonly Stopwatch _sinceFirstAttempt = new();
    private readonly Stopwatch _sinceFirstCollision = new();
    private int _collisions;

    protected override void OnFirstExecution()
    {
        base.OnFirstExecution();
        _sinceFirstAttempt.Restart();
        _sinceFirstCollision.Reset();
        _collisions = 0;
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
        DatabaseFaults.IsCollision(lastException) ? NextCollisionDelay() : NextOutageDelay(lastException);

    private TimeSpan? NextCollisionDelay()
    {
        if (_collisions++ == 0)
        {
            _sinceFirstCollision.Restart();
        }

        if (ExceptionsEncountered.Count > MaxRetries)
        {
            return null;
        }

        var ceiling = Math.Min(CollisionMaxDelay.TotalMilliseconds, CollisionFirstDelay.TotalMilliseconds * Math.Pow(2, _collisions - 1));
        var delay = TimeSpan.FromMilliseconds(Random.NextDouble() * ceiling);
        return _sinceFirstCollision.Elapsed + delay < CollisionBudget ? delay : null;
    }

    // EF Core's exponential back-off (the first retry at once), capped at OutageMaxDelay by the constructor.
    private TimeSpan? NextOutageDelay(Exception lastException) =>
        base.GetNextDelay(lastException) is { } delay && _sinceFirstAttempt.Elapsed + delay < OutageBudget ? delay : null;
}
