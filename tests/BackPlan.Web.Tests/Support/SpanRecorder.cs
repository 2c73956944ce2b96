using System.Diagnostics;
using OpenTelemetry;

namespace BackPlan.Web.Tests.Support;

/// <summary>
/// An OpenTelemetry processor (where an exporter would be) that keeps every ended span; a test waits for
/// the one it expects, since a request's span ends just after its answer reaches the client.
/// </summary>
public sealed class SpanRecorder : BaseProcessor<Activity>
{
    private readonly Arrivals<Activity> _ended = new();

    public override void OnEnd(Activity data) => _ended.Add(data);

    public Task<Activity> WaitForAsync(Func<Activity, bool> match) => _ended.WaitForAsync(match);
}
