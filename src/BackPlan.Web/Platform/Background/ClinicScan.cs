using BackPlan.Web.Data;
using BackPlan.Web.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace BackPlan.Web.Platform.Background;

/// <summary>
/// A scheduled scan over the clinics. Each clinic is scanned in its own scope acting for that clinic (so
/// the tenant filters and the audit interceptor apply as for any request), and only while this instance
/// holds the scan's lease on it (decision 0034): two instances passing at the same moment share the
/// clinics out instead of both scanning each. One clinic's failure is logged and does not stop the
/// others. In one process passes run one at a time, so a pass that returns has seen every clinic through.
/// </summary>
/// <param name="task">Names the scan in its leases and in the log.</param>
/// <param name="scopes">Where each clinic's scope comes from.</param>
/// <param name="time">The clock of the leases.</param>
/// <param name="leases">How long a lease lasts.</param>
/// <param name="log">Where a clinic's failure is written.</param>
public sealed class ClinicScan(string task, IServiceScopeFactory scopes, TimeProvider time, IOptions<LeaseOptions> leases, ILogger log) : IDisposable
{
    private readonly SemaphoreSlim _onePass = new(1, 1);

    /// <summary>Scans every clinic; returns the sum of what each clinic's <paramref name="work"/> returned.</summary>
    public Task<int> RunAsync(Func<IServiceProvider, Guid, Task<int>> work, CancellationToken ct) =>
        RunAsync(db => db.Clinics.IgnoreQueryFilters().Select(c => c.Id), work, ct);

    /// <param name="clinics">Which clinics to scan: the one read past the tenant filter.</param>
    /// <param name="work">The scan of one clinic (the scope's services, the clinic); returns how many things it did.</param>
    /// <param name="ct">Stops the pass between and within clinics.</param>
    public async Task<int> RunAsync(Func<BackPlanDb, IQueryable<Guid>> clinics, Func<IServiceProvider, Guid, Task<int>> work, CancellationToken ct)
    {
        var passStart = time.GetUtcNow().UtcDateTime;
        await _onePass.WaitAsync(ct);
        try
        {
            List<Guid> ids;
            await using (var scope = scopes.CreateAsyncScope())
            {
                ids = await clinics(scope.ServiceProvider.GetRequiredService<BackPlanDb>()).ToListAsync(ct);
            }

            var done = 0;
            foreach (var clinicId in ids)
            {
                done += await ScanAsync(clinicId, passStart, work, ct);
            }

            return done;
        }
        finally
        {
            _onePass.Release();
        }
    }

    private async Task<int> ScanAsync(Guid clinicId, DateTime passStart, Func<IServiceProvider, Guid, Task<int>> work, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var sp = scope.ServiceProvider;
        var db = sp.GetRequiredService<BackPlanDb>();
        if (!await ClinicLeases.TryTakeAsync(db, task, clinicId, ThisInstance.Id, time.GetUtcNow().UtcDateTime, leases.Value.Duration, passStart, ct))
        {
            return 0; // another instance scans it, or already did since this pass began
        }

        try
        {
            sp.GetRequiredService<CurrentUser>().ActForClinic(clinicId);
            return await work(sp, clinicId);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            log.LogError(e, "{Task} failed for clinic {ClinicId}", task, clinicId);
            return 0;
        }
        finally
        {
            await ClinicLeases.ReleaseAsync(db, task, clinicId, ThisInstance.Id);
        }
    }

    public void Dispose() => _onePass.Dispose();
}
