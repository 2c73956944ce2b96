using BackPlan.Web.Data;
using BackPlan.Web.Features.Clinics;
using BackPlan.Web.Features.Staff;
using BackPlan.Web.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace BackPlan.Web.Features.Outcomes;

/// <summary>
/// One clinic (3 locations, 12 practitioners) with N episodes from <see cref="OutcomeSeeder"/>,
/// bulk inserted, aggregated by month and then analysed: <c>backplan seed</c> and the bench's <c>outcomes</c> share it.
/// </summary>
public static class OutcomeBulkSeed
{
    public static async Task<Guid> SeedClinicAsync(IServiceProvider services, int episodes, int seed, CancellationToken ct = default)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BackPlanDb>();
        var now = scope.ServiceProvider.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
        var clinic = new Clinic { Name = "Generated outcomes clinic", TimeZoneId = "Europe/Warsaw", Locale = "en-GB" };
        for (var l = 1; l <= 3; l++)
        {
            clinic.Locations.Add(new Location { Name = $"Location {l}" });
        }

        db.Clinics.Add(clinic);
        await db.SaveChangesAsync(ct);
        scope.ServiceProvider.GetRequiredService<CurrentUser>().ActForClinic(clinic.Id);
        var staff = Enumerable.Range(1, 12).Select(i => new StaffMember
        {
            ClinicId = clinic.Id,
            UserId = $"generated-{clinic.Id:N}-{i}",
            FullName = $"Practitioner {i:D2}",
            Email = $"p{i}.{clinic.Id:N}@generated.backplan.test",
            Role = Roles.Practitioner,
            CreatedAt = now,
        }).ToList();
        await ModelBulkInsert.InsertAsync(db, staff);
        var seeded = OutcomeSeeder.Generate(clinic.Id, staff.Select(s => s.Id).ToList(), clinic.Locations.Select(l => l.Id).ToList(), episodes, seed, DateOnly.FromDateTime(now), now);
        await ModelBulkInsert.InsertAsync(db, seeded.Patients);
        await ModelBulkInsert.InsertAsync(db, seeded.Episodes);
        await ModelBulkInsert.InsertAsync(db, seeded.Records);
        // The bulk insert goes around EF's interceptors, so the monthly aggregates are built here.
        await OutcomeAggregates.MarkAllAsync(db, clinic.Id, ct);
        await OutcomeAggregates.RefreshAsync(db, now, ct);
        await db.Database.ExecuteSqlRawAsync(db.Database.IsNpgsql() ? "VACUUM ANALYZE" : "ANALYZE", ct);
        return clinic.Id;
    }
}
