using Mirage.Infrastructure.Persistence.Postgres;

namespace Mirage.Tests.Infrastructure.Persistence;

public sealed class PostgresWriteGateTests
{
    [Test]
    public async Task RunAsync_LetsWritesRunSideBySide()
    {
        var gate = new PostgresWriteGate();
        var bothInside = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var inside = 0;
        async Task<int> Write()
        {
            if (Interlocked.Increment(ref inside) == 2)
            {
                bothInside.SetResult();
            }

            await bothInside.Task;
            return inside;
        }

        // PostgreSQL's gate never touches the context.
        var writes = new[] { gate.RunAsync(null!, _ => Write(), CancellationToken.None), gate.RunAsync(null!, _ => Write(), CancellationToken.None) };

        Assert.That(await Task.WhenAll(writes).WaitAsync(TimeSpan.FromSeconds(10)), Is.EqualTo(new[] { 2, 2 }));
    }
}
