using BackPlan.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace BackPlan.Web.Platform.Tenancy;

/// <summary>
/// Runs a background task once per clinic, each in its own scope acting for that clinic, so the
/// tenant filters and the audit interceptor apply as for any request. One clinic's bad data is
/// logged and does not stop the others.
/// </summary>
public static class EveryClinic
{
    /// <param name="scopes">Where each clinic's scope comes from.</param>
    /// <param name="log">Where a clinic's failure is written.</param>
    /// <param name="task">Names the task in the log.</param>
    /// <param name="work">The task for one clinic (the scope's services, the clinic); returns how many things it did.</param>
    /// <param name="ct">Stops the run between and within clinics.</param>
    /// <returns>The sum of what every clinic's run returned.</returns>
    public static async Task<int> RunAsync(IServiceScopeFactory scopes, ILogger log, string task, Func<IServiceProvider, Guid, Task<int>> work, CancellationToken ct)
    {
        List<Guid> clinics;
        await using (var scope = scopes.CreateAsyncScope())
        {
            // The one read past the tenant filter: which clinics there are.
            clinics = await scope.ServiceProvider.GetRequiredService<BackPlanDb>().Clinics.IgnoreQueryFilters().Select(c => c.Id).ToListAsync(ct);
        }

        var done = 0;
        foreach (var clinicId in clinics)
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                scope.ServiceProvider.GetRequiredService<CurrentUser>().ActForClinic(clinicId);
                done += await work(scope.ServiceProvider, clinicId);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                log.LogError(e, "{Task} failed for clinic {ClinicId}", task, clinicId);
            }
        }

        return done;
    }
}
