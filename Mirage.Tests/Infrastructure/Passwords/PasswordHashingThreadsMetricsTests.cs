using Microsoft.Extensions.Logging.Abstractions;
using Mirage.Domain.Passwords;
using Mirage.Infrastructure.Passwords;
using Mirage.Tests.Builders;

namespace Mirage.Tests.Infrastructure.Passwords;

/// <summary>The hashing gauges an operator watches during a login flood: queued and running now, refused so far.</summary>
public sealed class PasswordHashingThreadsMetricsTests
{
    private const string Queued = "mirage.password_hashes.queued";
    private const string Running = "mirage.password_hashes.running";
    private const string Refused = "mirage.password_hashes.refused";

    private static readonly TimeSpan MaxWait = TimeSpan.FromSeconds(5);
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    [Test]
    public async Task Metrics_WhileOneHashRunsAndAnotherWaits_ShowOneRunningAndOneQueued()
    {
        using var reading = new ListenedMetrics();
        using var threads = new PasswordHashingThreads(1, 10, Timeout.InfiniteTimeSpan, TimeProvider.System, NullLogger<PasswordHashingThreads>.Instance, reading.Metrics);
        using var release = new ManualResetEventSlim();
        var first = await BlockingHashWork.StartAsync(threads, release);
        var second = threads.RunAsync(() => true, CancellationToken.None);

        var during = (Running: reading.Observe(Running), Queued: reading.Observe(Queued));
        release.Set();
        await Task.WhenAll(first, second).WaitAsync(Patience);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(during, Is.EqualTo((Running: 1, Queued: 1)));
            Assert.That((reading.Observe(Running), reading.Observe(Queued)), Is.EqualTo((0, 0)), "both done");
            Assert.That(reading.Total(Refused), Is.Zero);
        }
    }

    [Test]
    public async Task Metrics_WhenAHashWaitsPastMaxWait_CountItRefusedAndNoLongerQueued()
    {
        var clock = TestClock.Create();
        using var reading = new ListenedMetrics();
        using var threads = new PasswordHashingThreads(1, 10, MaxWait, clock, NullLogger<PasswordHashingThreads>.Instance, reading.Metrics);
        using var release = new ManualResetEventSlim();
        var first = await BlockingHashWork.StartAsync(threads, release);
        var second = threads.RunAsync(() => true, CancellationToken.None);

        clock.Advance(MaxWait);
        Assert.That(async () => await second.WaitAsync(Patience), Throws.TypeOf<PasswordHashingBusyException>());
        var queuedAfterRefusal = reading.Observe(Queued);
        release.Set();
        await first.WaitAsync(Patience);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(reading.Total(Refused), Is.EqualTo(1));
            Assert.That(queuedAfterRefusal, Is.Zero);
            Assert.That(reading.Observe(Running), Is.Zero);
        }
    }
}
