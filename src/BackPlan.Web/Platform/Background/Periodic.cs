using BackPlan.Web.Platform.Telemetry;

namespace BackPlan.Web.Platform.Background;

/// <summary>
/// The loop of every background service: run a pass (traced, counted and timed by <see cref="AppMetrics"/>),
/// log a failure and go on, wait, repeat until shut down.
/// </summary>
public static class Periodic
{
    /// <param name="metrics">Where each pass is counted, timed and traced.</param>
    /// <param name="job">Names the job in telemetry and the log, e.g. outbox-sender.</param>
    /// <param name="interval">The wait between passes.</param>
    /// <param name="time">The clock the wait runs on (tests use a fake one).</param>
    /// <param name="log">Where a failed pass is written.</param>
    /// <param name="waitFirst">Wait before the first pass (start-up has enough to do).</param>
    /// <param name="pass">One pass.</param>
    /// <param name="stoppingToken">The host's shutdown.</param>
    public static async Task RunAsync(AppMetrics metrics, string job, TimeSpan interval, TimeProvider time, ILogger log, bool waitFirst, Func<CancellationToken, Task> pass, CancellationToken stoppingToken)
    {
        if (waitFirst)
        {
            await Task.Delay(interval, time, stoppingToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await metrics.RunJobAsync(job, pass, stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                log.LogError(e, "Background job {Job} failed; it will try again.", job);
            }

            await Task.Delay(interval, time, stoppingToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }
    }
}
