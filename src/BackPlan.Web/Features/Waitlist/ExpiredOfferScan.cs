using BackPlan.Web.Platform.Tenancy;
using Microsoft.Extensions.Options;

namespace BackPlan.Web.Features.Waitlist;

/// <summary>
/// Every <see cref="WaitlistOptions.PassOnInterval"/>, passes each clinic's slots whose offers
/// expired unaccepted on to the next in line (<see cref="SlotOffers.PassOnExpiredAsync"/>). Each
/// clinic is handled in its own scope acting for that clinic, as for any request.
/// </summary>
public sealed class ExpiredOfferScan(IServiceScopeFactory scopes, IOptions<WaitlistOptions> options, TimeProvider time, ILogger<ExpiredOfferScan> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            // Wait first: at start-up the outbox and the database have enough to do.
            await Task.Delay(options.Value.PassOnInterval, time, stoppingToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            try
            {
                await PassOnAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                log.LogError(e, "The expired slot offer scan failed; it will try again.");
            }
        }
    }

    /// <summary>One pass over every clinic; returns how many new offers were queued.</summary>
    public Task<int> PassOnAsync(CancellationToken ct) => EveryClinic.RunAsync(scopes, log, "Passing on expired slot offers",
        (sp, clinicId) => sp.GetRequiredService<SlotOffers>().PassOnExpiredAsync(clinicId, ct), ct);
}
