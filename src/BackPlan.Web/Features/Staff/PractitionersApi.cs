using System.Text.Json;
using BackPlan.Web.Data;
using BackPlan.Web.Features.Clinics;
using BackPlan.Web.Platform;
using BackPlan.Web.Platform.Auditing;
using BackPlan.Web.Platform.Tenancy;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace BackPlan.Web.Features.Staff;

public sealed record WorkingHoursDto(string Day, TimeOnly Start, TimeOnly End, Guid LocationId);

/// <summary>A practitioner as booking needs them: <see cref="MayBook"/> is <see cref="Licence.AllowsClinicalWork"/> today.</summary>
public sealed record PractitionerDto(
    Guid Id, string FullName, string? Profession, DateOnly? LicenceExpiresOn, string LicenceStatus, bool MayBook, IReadOnlyList<WorkingHoursDto> WorkingHours);

public static class PractitionersApi
{
    public static void MapPractitionersApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/v1/practitioners", List).RequireAuthorization(PlatformSetup.StaffPolicy).WithTags("Booking").HasNoPatientData()
            .WithSummary("The clinic's practitioners with their licence status and weekly working hours.");
    }

    private static async Task<Ok<List<PractitionerDto>>> List(BackPlanDb db, ClinicClock clock, CancellationToken ct)
    {
        var today = await clock.TodayAsync(ct);
        var practitioners = await db.Staff.AsNoTracking().Where(s => s.Role == Roles.Practitioner).OrderBy(s => s.FullName).ToListAsync(ct);
        var ids = practitioners.Select(p => p.Id).ToList();
        var hours = (await db.WorkingHours.AsNoTracking().Where(w => ids.Contains(w.StaffMemberId)).ToListAsync(ct))
            .OrderBy(w => w.Day).ThenBy(w => w.Start).ToLookup(w => w.StaffMemberId);
        return TypedResults.Ok(practitioners.Select(p => new PractitionerDto(
            p.Id, p.FullName, p.Profession, p.LicenceExpiresOn,
            JsonNamingPolicy.CamelCase.ConvertName(p.LicenceStatusOn(today).ToString()),
            Licence.AllowsClinicalWork(p.LicenceExpiresOn, today),
            [.. hours[p.Id].Select(w => new WorkingHoursDto(w.Day.ToString(), w.Start, w.End, w.LocationId))])).ToList());
    }
}
