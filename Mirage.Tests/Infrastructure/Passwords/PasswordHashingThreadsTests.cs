using System.Globalization;
using Microsoft.Extensions.Logging.Abstractions;
using Mirage.Domain.Passwords;
using Mirage.Infrastructure.Passwords;
using Mirage.Tests.Builders;

namespace Mirage.Tests.Infrastructure.Passwords;

public sealed class PasswordHashingThreadsTests
{
    private static readonly TimeSpan MaxWait = TimeSpan.FromSeconds(5);

    // How long a test waits for something that should happen at once, so a regression fails instead of hanging.
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    [Test]
    public async Task RunAsync_RunsTheWorkOnAHashingThreadAndReturnsItsResult()
    {
        using var threads = Start(1, Timeout.InfiniteTimeSpan, TimeProvider.System);
        var callerNiceness = NiceOfCurrentThread();

        var (name, niceness) = await threads.RunAsync(() => (Thread.CurrentThread.Name, NiceOfCurrentThread()), CancellationToken.None);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(name, Is.EqualTo(PasswordHashingThreads.ThreadName));
            if (OperatingSystem.IsLinux())
            {
                Assert.That(niceness, Is.EqualTo(10), "the hashing thread lowered its own priority");
                Assert.That(NiceOfCurrentThread(), Is.EqualTo(callerNiceness), "the caller's priority is untouched");
            }
        }
    }

    [Test]
    public async Task RunAsync_ContinuesTheCallerOffTheHashingThread()
    {
        using var threads = Start(1, Timeout.InfiniteTimeSpan, TimeProvider.System);

        await threads.RunAsync(() => 0, CancellationToken.None);

        // A request must not carry on (database, JSON) at the hashing threads' low priority.
        Assert.That(Thread.CurrentThread.Name, Is.Not.EqualTo(PasswordHashingThreads.ThreadName));
    }

    [Test]
    public async Task RunAsync_ManyAtOnce_RunsAtMostOneHashPerThread()
    {
        using var threads = Start(2, Timeout.InfiniteTimeSpan, TimeProvider.System);
        var running = 0;
        var mostAtOnce = 0;

        var work = Enumerable.Range(0, 8).Select(_ => threads.RunAsync(
            () =>
            {
                var now = Interlocked.Increment(ref running);
                InterlockedMax(ref mostAtOnce, now);
                Thread.Sleep(20);
                return Interlocked.Decrement(ref running);
            },
            CancellationToken.None));
        await Task.WhenAll(work);

        Assert.That(mostAtOnce, Is.EqualTo(2));
    }

    [Test]
    public void RunAsync_WhenTheWorkThrows_PassesTheExceptionToTheCaller()
    {
        using var threads = Start(1, Timeout.InfiniteTimeSpan, TimeProvider.System);

        Assert.ThrowsAsync<FormatException>(() => threads.RunAsync<int>(() => throw new FormatException(), CancellationToken.None));
    }

    [Test]
    public void RunAsync_WithRequestAlreadyCancelled_DoesNotHash()
    {
        using var threads = Start(1, Timeout.InfiniteTimeSpan, TimeProvider.System);
        var ran = false;

        Assert.CatchAsync<OperationCanceledException>(() => threads.RunAsync(() => ran = true, new CancellationToken(canceled: true)));
        Assert.That(ran, Is.False);
    }

    [Test]
    public async Task RunAsync_WhenNoThreadStartsItWithinMaxWait_RefusesTheCallerAtOnceAndNeverHashes()
    {
        var clock = TestClock.Create();
        using var threads = Start(1, MaxWait, clock);
        using var release = new ManualResetEventSlim();
        var first = await BlockingHashWork.StartAsync(threads, release);
        var secondRan = false;

        // The only thread is blocked: the caller must not wait for it to come free.
        var second = threads.RunAsync(() => secondRan = true, CancellationToken.None);
        clock.Advance(MaxWait);
        var refusal = await RefusalOf(second).WaitAsync(Patience);
        var blockedStill = !first.IsCompleted;
        release.Set();
        await first;
        await threads.RunAsync(() => 0, CancellationToken.None); // runs after the refused work's turn

        using (Assert.EnterMultipleScope())
        {
            Assert.That(refusal, Is.TypeOf<PasswordHashingBusyException>());
            Assert.That(blockedStill, Is.True, "refused while the thread was still busy");
            Assert.That(secondRan, Is.False, "refused work is skipped, not hashed later");
        }
    }

    [Test]
    public async Task RunAsync_WhenTheQueueIsFullForAllOfMaxWait_RefusesTheCallersWaitingForRoomToo()
    {
        var clock = TestClock.Create();
        using var threads = Start(1, MaxWait, clock);
        using var release = new ManualResetEventSlim();
        var first = await BlockingHashWork.StartAsync(threads, release);
        var ran = 0;

        // Far more callers than the queue holds: most of them wait for room in it, not in it.
        var callers = Enumerable.Range(0, 100).Select(_ => threads.RunAsync(() => Interlocked.Increment(ref ran), CancellationToken.None)).ToList();
        clock.Advance(MaxWait);
        var refusals = await Task.WhenAll(callers.Select(RefusalOf)).WaitAsync(Patience);
        var blockedStill = !first.IsCompleted;
        release.Set();
        await first;
        await threads.RunAsync(() => 0, CancellationToken.None); // runs after the refused work's turn

        using (Assert.EnterMultipleScope())
        {
            Assert.That(refusals, Is.All.TypeOf<PasswordHashingBusyException>());
            Assert.That(blockedStill, Is.True, "refused while the thread was still busy");
            Assert.That(ran, Is.Zero, "refused work is skipped, not hashed later");
        }
    }

    [Test]
    public async Task RunAsync_WhenTheCallerGivesUpWhileWaiting_IsCancelledNotRefused()
    {
        var clock = TestClock.Create();
        using var threads = Start(1, MaxWait, clock);
        using var release = new ManualResetEventSlim();
        var first = await BlockingHashWork.StartAsync(threads, release);
        using var abort = new CancellationTokenSource();
        var ran = 0;

        // Some wait in the queue, the rest for room in it; the client leaves before MaxWait.
        var callers = Enumerable.Range(0, 20).Select(_ => threads.RunAsync(() => Interlocked.Increment(ref ran), abort.Token)).ToList();
        await abort.CancelAsync();
        var refusals = await Task.WhenAll(callers.Select(RefusalOf)).WaitAsync(Patience);
        release.Set();
        await first;
        await threads.RunAsync(() => 0, CancellationToken.None);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(refusals, Is.All.InstanceOf<OperationCanceledException>());
            Assert.That(ran, Is.Zero, "cancelled work is skipped");
        }
    }

    private static PasswordHashingThreads Start(int threads, TimeSpan maxWait, TimeProvider clock) =>
        new(threads, 10, maxWait, clock, NullLogger<PasswordHashingThreads>.Instance, TestMetrics.Create());

    private static async Task<Exception?> RefusalOf(Task task)
    {
        try
        {
            await task;
            return null;
        }
        catch (Exception exception)
        {
            return exception;
        }
    }

    private static void InterlockedMax(ref int target, int value)
    {
        int seen;
        while ((seen = Volatile.Read(ref target)) < value && Interlocked.CompareExchange(ref target, value, seen) != seen)
        {
        }
    }

    // Field 19 of /proc/thread-self/stat; the thread name in field 2 may hold spaces, so count from its ')'.
    private static int? NiceOfCurrentThread()
    {
        if (!OperatingSystem.IsLinux())
        {
            return null;
        }

        var stat = File.ReadAllText("/proc/thread-self/stat");
        return int.Parse(stat[(stat.LastIndexOf(')') + 2)..].Split(' ')[16], CultureInfo.InvariantCulture);
    }
}
