using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using Mirage.Domain.Observability;

namespace Mirage.Tests.Builders;

/// <summary>A <see cref="MirageMetrics"/> on a meter of its own, read as an exporter would: counters summed, gauges observed.</summary>
public sealed class ListenedMetrics : IDisposable
{
    private readonly MeterListener _listener = new();
    private readonly ConcurrentDictionary<string, long> _totals = new();
    private readonly ConcurrentDictionary<string, int> _observed = new();
    private readonly OneMeterFactory _factory = new();

    public ListenedMetrics()
    {
        Metrics = new MirageMetrics(_factory);
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter == _factory.Meter)
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _listener.SetMeasurementEventCallback<long>((instrument, value, _, _) => _totals.AddOrUpdate(instrument.Name, value, (_, sum) => sum + value));
        _listener.SetMeasurementEventCallback<int>((instrument, value, _, _) => _observed[instrument.Name] = value);
        _listener.Start();
    }

    public MirageMetrics Metrics { get; }

    public long Total(string instrument) => _totals.GetValueOrDefault(instrument);

    public int Observe(string instrument)
    {
        _listener.RecordObservableInstruments();
        return _observed.GetValueOrDefault(instrument);
    }

    public void Dispose()
    {
        _listener.Dispose();
        _factory.Meter?.Dispose();
    }

    private sealed class OneMeterFactory : IMeterFactory
    {
        public Meter? Meter { get; private set; }

        public Meter Create(MeterOptions options) => Meter = new Meter(options);

        public void Dispose()
        {
        }
    }
}
