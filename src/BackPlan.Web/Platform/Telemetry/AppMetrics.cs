using System.Diagnostics;
using System.Diagnostics.Metrics;
using BackPlan.Web.Data;
using BackPlan.Web.Platform.Email;

namespace BackPlan.Web.Platform.Telemetry;

/// <summary>
/// The app's own instruments on the <see cref="AppTelemetry.Name"/> meter: background job runs and the
/// email outbox's depth. Counts and durations only, tagged with job names and states: never a patient,
/// an address or a clinic.
/// </summary>
public sealed class AppMetrics
{
    public const string JobRuns = "backplan.job.runs";
    public const string JobDuration = "backplan.job.duration";
    public const string OutboxMessages = "backplan.outbox.messages";
    public const string JobTag = "backplan.job.name";
    public const string StateTag = "backplan.outbox.state";

    private readonly Counter<long> _runs;
    private readonly Histogram<double> _duration;
    private readonly IServiceScopeFactory _scopes;
    private readonly TimeProvider _time;
    private readonly ILogger<AppMetrics> _log;

    public AppMetrics(IMeterFactory meters, IServiceScopeFactory scopes, TimeProvider time, ILogger<AppMetrics> log)
    {
        _scopes = scopes;
        _time = time;
        _log = log;
        var meter = meters.Create(AppTelemetry.Name);
        _runs = meter.CreateCounter<long>(JobRuns, "{run}", "Background job runs, by job; error.type on a failed run.");
        // Passes take milliseconds to minutes: seconds, with buckets from 5 ms up.
        _duration = meter.CreateHistogram(JobDuration, "s", "How long one run of a background job took.",
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 300] });
        meter.CreateObservableGauge(OutboxMessages, ObserveOutbox, "{message}",
            "Outbox messages not sent: due (waiting for the sender), scheduled (for a later time, e.g. reminders), failed (given up, shown to staff).");
    }

    /// <summary>Runs one pass of <paramref name="job"/> as an activity of its own, counted and timed whether it succeeds or throws.</summary>
    public async Task RunJobAsync(string job, Func<CancellationToken, Task> pass, CancellationToken ct)
    {
        using var activity = AppTelemetry.Source.StartActivity(job);
        activity?.SetTag(JobTag, job);
        var started = _time.GetTimestamp();
        string? error = null;
        try
        {
            await pass(ct);
        }
        catch (Exception e)
        {
            error = e is OperationCanceledException ? "cancelled" : e.GetType().FullName;
            activity?.SetStatus(ActivityStatusCode.Error);
            activity?.SetTag("error.type", error);
            throw;
        }
        finally
        {
            var tags = new TagList { { JobTag, job } };
            if (error is not null)
            {
                tags.Add("error.type", error);
            }

            _runs.Add(1, tags);
            _duration.Record(_time.GetElapsedTime(started).TotalSeconds, tags);
        }
    }

    /// <summary>
    /// Read when a scrape or an export collects (never on a request): one grouped count over the outbox
    /// index. Synchronous because instrument callbacks are; a failure reports nothing rather than throw
    /// into the exporter. Every state is reported, with 0 when it has no message.
    /// </summary>
    private IEnumerable<Measurement<long>> ObserveOutbox()
    {
        try
        {
            using var scope = _scopes.CreateScope();
            var depth = OutboxSender.Depth(scope.ServiceProvider.GetRequiredService<BackPlanDb>(), _time.GetUtcNow().UtcDateTime).ToList();
            return Enum.GetValues<OutboxState>().Select(state => new Measurement<long>(
                depth.FirstOrDefault(d => d.State == state)?.Count ?? 0,
                new KeyValuePair<string, object?>(StateTag, state.ToString().ToLowerInvariant()))).ToList();
        }
        catch (Exception e)
        {
            _log.LogWarning(e, "The outbox depth could not be read.");
            return [];
        }
    }
}
