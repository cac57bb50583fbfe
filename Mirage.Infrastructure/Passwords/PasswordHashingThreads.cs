using System.Threading.Channels;
using Microsoft.Extensions.Logging;
using Mirage.Domain.Observability;
using Mirage.Domain.Passwords;

namespace Mirage.Infrastructure.Passwords;

/// <summary>
/// Runs password hashing on a few dedicated threads that lower their own CPU priority (Linux nice value),
/// so hashing can use every core when the server is otherwise idle, while the scheduler gives request
/// handling the CPU first when both want it. Work waits in a bounded queue; callers await it without
/// holding a thread, and continue on the thread pool, not on a hashing thread. A caller's whole wait, for
/// room in the queue and then for a thread, is bounded by one clock started when it calls. How many hashes wait and
/// run, and how many were refused, is in <see cref="MirageMetrics"/>.
/// </summary>
public sealed class PasswordHashingThreads : IPasswordHashingScheduler, IDisposable
{
    public const string ThreadName = "password hashing";

    private const int QueuedPerThread = 4;

    private readonly Channel<Work> _queue;
    private readonly Thread[] _threads;
    private readonly int _niceness;
    private readonly TimeSpan _maxWait;
    private readonly TimeProvider _clock;
    private readonly ILogger _logger;
    private readonly MirageMetrics _metrics;

    /// <param name="threads">How many hashes run at once: one per core uses the whole machine.</param>
    /// <param name="niceness">The hashing threads' nice value, 1–19 (higher yields more); 0 keeps normal priority.</param>
    /// <param name="maxWait">
    /// How long a caller waits, from its call to <see cref="RunAsync{T}"/>, for a thread to start its hash
    /// (waiting for room in the queue included) before it gets <see cref="PasswordHashingBusyException"/> and the
    /// hash is dropped (<see cref="Timeout.InfiniteTimeSpan"/>: no limit). Low-priority threads can be starved
    /// while other requests keep the CPU busy; a client is better served by a quick 429 than by a login that hangs.
    /// </param>
    /// <param name="clock">Measures <paramref name="maxWait"/>.</param>
    /// <param name="logger">Warns when the priority cannot be lowered.</param>
    /// <param name="metrics">Counts the hashes queued, running and refused.</param>
    public PasswordHashingThreads(
        int threads, int niceness, TimeSpan maxWait, TimeProvider clock, ILogger<PasswordHashingThreads> logger, MirageMetrics metrics)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(threads, 1);
        ArgumentOutOfRangeException.ThrowIfNegative(niceness);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(niceness, 19);
        _niceness = niceness;
        _maxWait = maxWait;
        _clock = clock;
        _logger = logger;
        _metrics = metrics;

        // Callers are already bounded (the rate limiter's hashing bound); this bound only stops a caller
        // that is not from queueing without limit: it waits, asynchronously and within its maxWait, for room.
        _queue = Channel.CreateBounded<Work>(new BoundedChannelOptions(QueuedPerThread * threads) { SingleReader = false });
        _threads = Enumerable.Range(0, threads)
            .Select(_ => new Thread(RunQueuedWork) { IsBackground = true, Name = ThreadName })
            .ToArray();
        foreach (var thread in _threads)
        {
            thread.Start();
        }
    }

    public async Task<T> RunAsync<T>(Func<T> work, CancellationToken cancellationToken)
    {
        var queued = new Work<T>(work, _metrics, cancellationToken);
        _metrics.HashQueued();
        using var maxWaitPassed = new CancellationTokenSource(_maxWait, _clock);
        using var waiting = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, maxWaitPassed.Token);
        try
        {
            await _queue.Writer.WriteAsync(queued, waiting.Token);
            return await queued.Task.WaitAsync(waiting.Token);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            queued.TryAbandon();
            throw;
        }
        catch (OperationCanceledException) when (maxWaitPassed.IsCancellationRequested)
        {
            // Never queued, or still queued (a thread will skip it). Already running: it ends soon, so take its result.
            if (!queued.TryAbandon())
            {
                return await queued.Task;
            }

            _metrics.HashRefused();
            throw new PasswordHashingBusyException(_maxWait);
        }
    }

    /// <summary>Lets the threads finish the queued work and end.</summary>
    public void Dispose() => _queue.Writer.TryComplete();

    private void RunQueuedWork()
    {
        if (_niceness > 0 && !ThreadNiceness.TryLowerCurrentThread(_niceness) && OperatingSystem.IsLinux())
        {
            _logger.LogWarning("A password-hashing thread could not lower its priority; hashing competes with requests for the CPU");
        }

        var reader = _queue.Reader;
        while (reader.WaitToReadAsync().AsTask().GetAwaiter().GetResult())
        {
            while (reader.TryRead(out var work))
            {
                work.Run();
            }
        }
    }

    private abstract class Work(MirageMetrics metrics)
    {
        private const int Queued = 0;
        private const int Started = 1;
        private const int Abandoned = 2;

        private int _state = Queued;

        /// <returns><c>false</c> when a thread has already started the work.</returns>
        public bool TryAbandon()
        {
            if (Interlocked.CompareExchange(ref _state, Abandoned, Queued) != Queued)
            {
                return false;
            }

            metrics.HashLeftQueue(started: false);
            return true;
        }

        public void Run()
        {
            if (Interlocked.CompareExchange(ref _state, Started, Queued) != Queued)
            {
                return;
            }

            metrics.HashLeftQueue(started: true);
            RunStarted();
        }

        protected abstract void RunStarted();

        /// <summary>Called before the caller is let go, so that nothing it does next still sees this hash running.</summary>
        protected void Finished() => metrics.HashFinished();
    }

    private sealed class Work<T>(Func<T> work, MirageMetrics metrics, CancellationToken cancellationToken) : Work(metrics)
    {
        // Continuations run on the thread pool: a request must not carry on at the hashing threads' priority.
        private readonly TaskCompletionSource<T> _completion = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public Task<T> Task => _completion.Task;

        protected override void RunStarted()
        {
            if (cancellationToken.IsCancellationRequested)
            {
                Finished();
                _completion.TrySetCanceled(cancellationToken);
                return;
            }

            try
            {
                var result = work();
                Finished();
                _completion.TrySetResult(result);
            }
            catch (Exception exception)
            {
                Finished();
                _completion.TrySetException(exception);
            }
        }
    }
}
