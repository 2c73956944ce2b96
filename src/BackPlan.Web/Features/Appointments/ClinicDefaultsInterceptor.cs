using BackPlan.Web.Features.Clinics;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace BackPlan.Web.Features.Appointments;

/// <summary>
/// A new clinic gets the default appointment types in the same SaveChanges, however it was
/// created (demo seed, tests, a future sign-up page), so booking never meets a clinic without types.
/// </summary>
public sealed class ClinicDefaultsInterceptor : SaveChangesInterceptor
{
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        AddDefaults(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        AddDefaults(eventData.Context);
        return ValueTask.FromResult(result);
    }

    private static void AddDefaults(DbContext? context)
    {
        if (context is null)
        {
            return;
        }

        foreach (var clinic in context.ChangeTracker.Entries<Clinic>().Where(e => e.State == EntityState.Added).Select(e => e.Entity).ToList())
        {
            context.Set<AppointmentType>().AddRange(AppointmentType.Defaults(clinic.Id, clinic.Locale));
        }
    }

    /// <summary>Clinics created before appointment types existed get the defaults once, at start-up.</summary>
    public static async Task BackfillAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<Data.BackPlanDb>();
        var missing = await db.Clinics.IgnoreQueryFilters()
            .Where(c => !db.AppointmentTypes.IgnoreQueryFilters().Any(t => t.ClinicId == c.Id))
            .Select(c => new { c.Id, c.Locale }).ToListAsync();
        foreach (var clinic in missing)
        {
            db.AppointmentTypes.AddRange(AppointmentType.Defaults(clinic.Id, clinic.Locale));
        }

        await db.SaveChangesAsync();
    }
}
