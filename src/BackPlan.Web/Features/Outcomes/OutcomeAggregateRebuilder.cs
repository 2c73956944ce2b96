using BackPlan.Web.Data;
using BackPlan.Web.Platform.Background;
using BackPlan.Web.Platform.Telemetry;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace BackPlan.Web.Features.Outcomes;

/// <summary>
/// Every <see cref="OutcomeOptions.RebuildPollInterval"/>, rebuilds every month's aggregates of each clinic
/// marked for it (after "Recompute all", a bulk load or the migration that introduced them), so no dashboard
/// view waits for a rebuild of a whole clinic (issue 15). One instance at a time per clinic (<see cref="ClinicScan"/>).
/// </summary>
public sealed class OutcomeAggregateRebuilder(IServiceScopeFactory scopes, IOptions<OutcomeOptions> options, IOptions<LeaseOptions> leases, TimeProvider time, AppMetrics metrics, ILogger<OutcomeAggregateRebuilder> log) : BackgroundService
{
    public const string Job = "outcome-aggregate-rebuild";

    private readonly ClinicScan _scan = new("outcome-aggregates", scopes, time, leases, log);

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Periodic.RunAsync(metrics, Job, options.Value.RebuildPollInterval, time, log, waitFirst: true, ct => RebuildAsync(ct), stoppingToken);

    /// <summary>One pass: rebuilds each clinic marked for a rebuild of every month; returns how many clinics.</summary>
    public Task<int> RebuildAsync(CancellationToken ct) =>
        _scan.RunAsync(
            db => db.Set<OutcomeAggregateChange>().IgnoreQueryFilters().Where(c => c.Month == null).Select(c => c.ClinicId).Distinct(),
            async (sp, _) =>
            {
                await OutcomeAggregates.RefreshAsync(sp.GetRequiredService<BackPlanDb>(), time.GetUtcNow().UtcDateTime, ct);
                return 1;
            },
            ct);

    public override void Dispose()
    {
        _scan.Dispose();
        base.Dispose();
    }
}
