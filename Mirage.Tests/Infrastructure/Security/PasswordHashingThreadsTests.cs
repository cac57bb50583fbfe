using System.Globalization;
using Microsoft.Extensions.Logging.Abstractions;
using Mirage.Domain.Users;
using Mirage.Infrastructure.Security;

namespace Mirage.Tests.Infrastructure.Security;

public sealed class PasswordHashingThreadsTests
{
    [Test]
    public async Task RunAsync_RunsTheWorkOnAHashingThreadAndReturnsItsResult()
    {
        using var threads = new PasswordHashingThreads(1, 10, Timeout.InfiniteTimeSpan, NullLogger<PasswordHashingThreads>.Instance);
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
        using var threads = new PasswordHashingThreads(1, 10, Timeout.InfiniteTimeSpan, NullLogger<PasswordHashingThreads>.Instance);

        await threads.RunAsync(() => 0, CancellationToken.None);

        // A request must not carry on (database, JSON) at the hashing threads' low priority.
        Assert.That(Thread.CurrentThread.Name, Is.Not.EqualTo(PasswordHashingThreads.ThreadName));
    }

    [Test]
    public async Task RunAsync_ManyAtOnce_RunsAtMostOneHashPerThread()
    {
        using var threads = new PasswordHashingThreads(2, 10, Timeout.InfiniteTimeSpan, NullLogger<PasswordHashingThreads>.Instance);
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
        using var threads = new PasswordHashingThreads(1, 10, Timeout.InfiniteTimeSpan, NullLogger<PasswordHashingThreads>.Instance);

        Assert.ThrowsAsync<FormatException>(() => threads.RunAsync<int>(() => throw new FormatException(), CancellationToken.None));
    }

    [Test]
    public void RunAsync_WithRequestAlreadyCancelled_DoesNotHash()
    {
        using var threads = new PasswordHashingThreads(1, 10, Timeout.InfiniteTimeSpan, NullLogger<PasswordHashingThreads>.Instance);
        var ran = false;

        Assert.CatchAsync<OperationCanceledException>(() => threads.RunAsync(() => ran = true, new CancellationToken(canceled: true)));
        Assert.That(ran, Is.False);
    }

    [Test]
    public async Task RunAsync_WhenNoThreadStartsItWithinMaxWait_RefusesTheCallerAtOnceAndNeverHashes()
    {
        using var threads = new PasswordHashingThreads(1, 10, TimeSpan.FromMilliseconds(50), NullLogger<PasswordHashingThreads>.Instance);
        using var release = new ManualResetEventSlim();
        var secondRan = false;
        var first = threads.RunAsync(() => release.Wait(TimeSpan.FromSeconds(30)), CancellationToken.None);

        // The only thread is blocked: the caller must not wait for it to come free.
        var refusal = Assert.CatchAsync(() => threads.RunAsync(() => secondRan = true, CancellationToken.None));
        var blockedStill = !release.IsSet && !first.IsCompleted;
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
