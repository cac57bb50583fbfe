using Microsoft.EntityFrameworkCore;
using Mirage.Infrastructure.Persistence.Sqlite;
using Mirage.Tests.Api.Support;

namespace Mirage.Tests.Infrastructure.Persistence.Sqlite;

/// <summary>The SQLite write gate on a real file: one write at a time, first come first served, and how it commits.</summary>
public sealed class SqliteWriteGateTests
{
    private string _path = null!;
    private SqliteWriteGate _gate = null!;
    private SqliteMirageDbContext _db = null!;

    [SetUp]
    public async Task OpenDatabase()
    {
        _path = TestDatabase.NewPath("gate");
        _gate = new SqliteWriteGate();
        var options = new DbContextOptionsBuilder<SqliteMirageDbContext>();
        options.UseMirageSqlite($"Data Source={_path}");
        _db = new SqliteMirageDbContext(options.Options);
        await _db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode = WAL");
    }

    [TearDown]
    public async Task DeleteDatabase()
    {
        await _db.DisposeAsync();
        _gate.Dispose();
        TestDatabase.Delete(_path);
    }

    [Test]
    public async Task RunAsync_LetsWritesInOneAtATime_InTheOrderTheyArrived()
    {
        var entered = new List<int>();
        var inside = 0;
        var mostInside = 0;
        var firstInside = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var firstHolds = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        async Task<int> Write(int number)
        {
            lock (entered)
            {
                entered.Add(number);
                mostInside = Math.Max(mostInside, ++inside);
            }

            if (number == 0)
            {
                firstInside.SetResult();
                await firstHolds.Task;
            }

            await Task.Yield();
            lock (entered)
            {
                inside--;
            }

            return number;
        }

        var writes = new List<Task<int>> { _gate.RunAsync(_db, _ => Write(0), CancellationToken.None) };
        await firstInside.Task.WaitAsync(TimeSpan.FromSeconds(10));
        writes.AddRange(Enumerable.Range(1, 7).Select(number => _gate.RunAsync(_db, _ => Write(number), CancellationToken.None)));
        await Task.Delay(50);
        Assert.That(entered, Is.EqualTo(new[] { 0 }), "the others wait while the first is inside");

        firstHolds.SetResult();

        Assert.That(await Task.WhenAll(writes), Is.EqualTo(Enumerable.Range(0, 8)));
        Assert.That(entered, Is.EqualTo(Enumerable.Range(0, 8)));
        Assert.That(mostInside, Is.EqualTo(1));
    }

    [Test]
    public async Task RunAsync_WhenAWriteFails_PassesTheErrorOnAndLetsTheNextOneIn()
    {
        var failing = _gate.RunAsync<int>(_db, _ => throw new InvalidOperationException("the write failed"), CancellationToken.None);
        var next = _gate.RunAsync(_db, _ => Task.FromResult(2), CancellationToken.None);

        Assert.That(async () => await failing, Throws.InvalidOperationException.With.Message.EqualTo("the write failed"));
        Assert.That(await next.WaitAsync(TimeSpan.FromSeconds(10)), Is.EqualTo(2));
    }

    [Test]
    public async Task RunAsync_CancelledWhileWaiting_GivesUpWithoutRunningTheWrite()
    {
        var firstHolds = new TaskCompletionSource<int>(TaskCreationOptions.RunContinuationsAsynchronously);
        var first = _gate.RunAsync(_db, _ => firstHolds.Task, CancellationToken.None);
        using var cancellation = new CancellationTokenSource();
        var ran = false;
        var waiting = _gate.RunAsync(
            _db,
            _ =>
            {
                ran = true;
                return Task.FromResult(0);
            },
            cancellation.Token);

        await cancellation.CancelAsync();
        firstHolds.SetResult(1);

        Assert.That(async () => await waiting, Throws.InstanceOf<OperationCanceledException>());
        Assert.That(await first, Is.EqualTo(1));
        Assert.That(ran, Is.False);
        Assert.That(await _gate.RunAsync(_db, _ => Task.FromResult(3), CancellationToken.None), Is.EqualTo(3), "the gate is free again");
    }

    [Test]
    public async Task RunAsync_WithAWriteAheadLog_CommitsWithoutItsOwnSync_AndLeavesTheConnectionsSettingAsItWas()
    {
        var before = await SynchronousAsync();

        var during = await _gate.RunAsync(_db, _ => SynchronousAsync(), CancellationToken.None);

        Assert.That((before, during, await SynchronousAsync()), Is.EqualTo((2, 1, 2)), "FULL (2) outside the gate, NORMAL (1) inside");
    }

    [Test]
    public async Task RunAsync_OnAConnectionThatWroteBefore_StillCommitsWithoutItsOwnSync_AndRestoresTheSetting()
    {
        // The gate keeps its two PRAGMA statements prepared on the connection; SQLite applies this PRAGMA while
        // it compiles it, so each run must take effect again, not only the first.
        var turns = new List<(int During, int After)>();
        for (var turn = 0; turn < 3; turn++)
        {
            var during = await _gate.RunAsync(_db, _ => SynchronousAsync(), CancellationToken.None);
            turns.Add((during, await SynchronousAsync()));
        }

        Assert.That(turns, Is.All.EqualTo((1, 2)), "NORMAL (1) inside the gate and FULL (2) after it, on every turn");
    }

    [Test]
    public async Task RunAsync_WithARollbackJournal_KeepsEveryCommitsOwnSync()
    {
        await _db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode = DELETE");

        var during = await _gate.RunAsync(_db, _ => SynchronousAsync(), CancellationToken.None);

        Assert.That(during, Is.EqualTo(2), "NORMAL is not safe with a rollback journal");
    }

    private async Task<int> SynchronousAsync() =>
        (await _db.Database.SqlQueryRaw<int>("PRAGMA synchronous").ToListAsync()).Single();
}
