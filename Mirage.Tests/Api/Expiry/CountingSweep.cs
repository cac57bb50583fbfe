using Mirage.Domain.Common;

namespace Mirage.Tests.Api.Expiry;

/// <summary>A sweep that only counts how often it ran.</summary>
public sealed class CountingSweep : IExpirySweep
{
    private int _runs;

    public int Runs => Volatile.Read(ref _runs);

    public Task<int> SweepAsync(DateTime now, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _runs);
        return Task.FromResult(0);
    }
}
