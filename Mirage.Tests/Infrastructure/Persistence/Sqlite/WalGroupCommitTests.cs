using Mirage.Infrastructure.Persistence.Sqlite;

namespace Mirage.Tests.Infrastructure.Persistence.Sqlite;

/// <summary>
/// Group commit with a sync that the test holds and releases: a write is durable only after a sync that
/// began after it committed, and writes that wait together share one.
/// </summary>
public sealed class WalGroupCommitTests
{
    private SemaphoreSlim _syncMayEnd = null!;
    private SemaphoreSlim _syncStarted = null!;
    private int _syncs;

    [SetUp]
    public void Start()
    {
        _syncMayEnd = new SemaphoreSlim(0);
        _syncStarted = new SemaphoreSlim(0);
        _syncs = 0;
    }

    [TearDown]
    public void Dispose()
    {
        _syncMayEnd.Dispose();
        _syncStarted.Dispose();
    }

    [Test]
    public async Task WaitDurableAsync_ReturnsOnlyOnceASyncHasEnded()
    {
        var commits = new WalGroupCommit(HeldSync);
        var write = commits.Committed();

        var durable = commits.WaitDurableAsync(write);
        await _syncStarted.WaitAsync();
        await Task.Delay(50);
        Assert.That(durable.IsCompleted, Is.False, "the sync has not ended");

        _syncMayEnd.Release();
        await durable.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.That(_syncs, Is.EqualTo(1));
    }

    [Test]
    public async Task AWriteCommittedWhileASyncRuns_WaitsForTheNextSync()
    {
        var commits = new WalGroupCommit(HeldSync);
        var first = commits.WaitDurableAsync(commits.Committed());
        await _syncStarted.WaitAsync();

        var second = commits.WaitDurableAsync(commits.Committed());
        _syncMayEnd.Release();
        await first.WaitAsync(TimeSpan.FromSeconds(10));
        await _syncStarted.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.That(second.IsCompleted, Is.False, "the first sync may have begun before the second write's commit");

        _syncMayEnd.Release();
        await second.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.That(_syncs, Is.EqualTo(2));
    }

    [Test]
    public async Task WritesThatWaitTogether_ShareOneSync()
    {
        var commits = new WalGroupCommit(() => Interlocked.Increment(ref _syncs));
        var writes = Enumerable.Range(0, 64).Select(_ => commits.Committed()).ToList();

        await Task.WhenAll(writes.Select(commits.WaitDurableAsync)).WaitAsync(TimeSpan.FromSeconds(10));

        Assert.That(_syncs, Is.EqualTo(1));
    }

    [Test]
    public async Task AFailedSync_FailsItsWaiters_AndTheNextWaitSyncsAgain()
    {
        var fail = true;
        var commits = new WalGroupCommit(() =>
        {
            Interlocked.Increment(ref _syncs);
            if (fail)
            {
                throw new IOException("the disk is gone");
            }
        });
        var write = commits.Committed();

        Assert.That(async () => await commits.WaitDurableAsync(write), Throws.InstanceOf<IOException>());
        fail = false;
        await commits.WaitDurableAsync(write).WaitAsync(TimeSpan.FromSeconds(10));
        Assert.That(_syncs, Is.EqualTo(2));
    }

    private void HeldSync()
    {
        Interlocked.Increment(ref _syncs);
        _syncStarted.Release();
        _syncMayEnd.Wait();
    }
}
