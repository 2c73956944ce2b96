using BackPlan.Web.Platform.Background;
using BackPlan.Web.Platform.Telemetry;
using Microsoft.Extensions.Options;

namespace BackPlan.Web.Features.Waitlist;

/// <summary>
/// Every <see cref="WaitlistOptions.PassOnInterval"/>, passes each clinic's slots whose offers
/// expired unaccepted on to the next in line (<see cref="SlotOffers.PassOnExpiredAsync"/>), clinic by
/// clinic (<see cref="ClinicScan"/>: with several instances, one of them at a time per clinic).
/// </summary>
public sealed class ExpiredOfferScan(IServiceScopeFactory scopes, IOptions<WaitlistOptions> options, IOptions<LeaseOptions> leases, TimeProvider time, AppMetrics metrics, ILogger<ExpiredOfferScan> log) : BackgroundService
{
    public const string Job = "expired-offer-scan";

    private readonly ClinicScan _scan = new("expired-offers", scopes, time, leases, log);

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Periodic.RunAsync(metrics, Job, options.Value.PassOnInterval, time, log, waitFirst: true, ct => PassOnAsync(ct), stoppingToken);

    /// <summary>One pass over every clinic; returns how many new offers were queued.</summary>
    public Task<int> PassOnAsync(CancellationToken ct) =>
        _scan.RunAsync((sp, clinicId) => sp.GetRequiredService<SlotOffers>().PassOnExpiredAsync(clinicId, ct), ct);

    public override void Dispose()
    {
        _scan.Dispose();
        base.Dispose();
    }
}
