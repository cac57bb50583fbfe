using System.Diagnostics.Metrics;
using Mirage.Domain.Observability;

namespace Mirage.Tests.Builders;

/// <summary>A <see cref="MirageMetrics"/> for a unit test, on a meter of its own that nothing listens to.</summary>
public static class TestMetrics
{
    public static MirageMetrics Create() => new(new UnsharedMeterFactory());

    private sealed class UnsharedMeterFactory : IMeterFactory
    {
        public Meter Create(MeterOptions options) => new(options);

        public void Dispose()
        {
        }
    }
}
