using BackPlan.Web.Platform.Background;
using BackPlan.Web.Platform.Telemetry;
using BackPlan.Web.Platform.Tenancy;
using Microsoft.Extensions.Options;

namespace BackPlan.Web.Features.Waitlist;

/// <summary>
/// Every <see cref="WaitlistOptions.PassOnInterval"/>, passes each clinic's slots whose offers
/// expired unaccepted on to the next in line (<see cref="SlotOffers.PassOnExpiredAsync"/>). Each
/// clinic is handled in its own scope acting for that clinic, as for any request.
/// </summary>
public sealed class ExpiredOfferScan(IServiceScopeFactory scopes, IOptions<WaitlistOptions> options, TimeProvider time, AppMetrics metrics, ILogger<ExpiredOfferScan> log) : BackgroundService
{
    public const string Job = "expired-offer-scan";

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Periodic.RunAsync(metrics, Job, options.Value.PassOnInterval, time, log, waitFirst: true, ct => PassOnAsync(ct), stoppingToken);

    /// <summary>One pass over every clinic; returns how many new offers were queued.</summary>
    public Task<int> PassOnAsync(CancellationToken ct) => EveryClinic.RunAsync(scopes, log, "Passing on expired slot offers",
        (sp, clinicId) => sp.GetRequiredService<SlotOffers>().PassOnExpiredAsync(clinicId, ct), ct);
}
