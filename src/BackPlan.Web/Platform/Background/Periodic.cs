namespace BackPlan.Web.Platform.Background;

/// <summary>The loop of every background service: run a pass, log a failure and go on, wait, repeat until shut down.</summary>
public static class Periodic
{
    /// <param name="interval">The wait between passes.</param>
    /// <param name="time">The clock the wait runs on (tests use a fake one).</param>
    /// <param name="log">Where a failed pass is written.</param>
    /// <param name="task">Names the task in the log.</param>
    /// <param name="waitFirst">Wait before the first pass (start-up has enough to do).</param>
    /// <param name="pass">One pass.</param>
    /// <param name="stoppingToken">The host's shutdown.</param>
    public static async Task RunAsync(TimeSpan interval, TimeProvider time, ILogger log, string task, bool waitFirst, Func<CancellationToken, Task> pass, CancellationToken stoppingToken)
    {
        if (waitFirst)
        {
            await Task.Delay(interval, time, stoppingToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await pass(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                log.LogError(e, "{Task} failed; it will try again.", task);
            }

            await Task.Delay(interval, time, stoppingToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }
    }
}
