using System.Diagnostics.Metrics;
using Microsoft.Extensions.DependencyInjection;

namespace BackPlan.Web.Tests.Support;

/// <summary>
/// Listens to one app's instruments (those its IMeterFactory made, so other apps in the test process
/// do not count) and lets a test wait for a measurement or read the observable ones now.
/// </summary>
public sealed class MetricRecorder : IDisposable
{
    private readonly MeterListener _listener = new();
    private readonly Arrivals<Recorded> _recorded = new();

    public MetricRecorder(BackPlanApp app, params string[] instruments)
    {
        var factory = app.Services.GetRequiredService<IMeterFactory>();
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Scope == factory && instruments.Contains(instrument.Name))
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _listener.SetMeasurementEventCallback<long>((i, value, tags, _) => _recorded.Add(new Recorded(i.Name, value, Tags(tags))));
        _listener.SetMeasurementEventCallback<int>((i, value, tags, _) => _recorded.Add(new Recorded(i.Name, value, Tags(tags))));
        _listener.SetMeasurementEventCallback<double>((i, value, tags, _) => _recorded.Add(new Recorded(i.Name, value, Tags(tags))));
        _listener.Start();
    }

    /// <summary>Calls the observable instruments now and returns what <paramref name="instrument"/> reported.</summary>
    public IReadOnlyList<Recorded> Observe(string instrument)
    {
        var before = _recorded.Count;
        _listener.RecordObservableInstruments();
        return _recorded.Since(before).Where(r => r.Instrument == instrument).ToList();
    }

    /// <summary>The first measurement of <paramref name="instrument"/> that matches, from now on.</summary>
    public Task<Recorded> WaitForAsync(string instrument, Func<Recorded, bool> match) =>
        _recorded.WaitForAsync(r => r.Instrument == instrument && match(r), after: _recorded.Count);

    public void Dispose() => _listener.Dispose();

    private static Dictionary<string, object?> Tags(ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        var copy = new Dictionary<string, object?>();
        foreach (var (key, value) in tags)
        {
            copy[key] = value;
        }

        return copy;
    }

    public sealed record Recorded(string Instrument, double Value, IReadOnlyDictionary<string, object?> Tags)
    {
        public object? this[string tag] => Tags.GetValueOrDefault(tag);
    }
}
