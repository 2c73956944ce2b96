using BackPlan.Web.Data;
using BackPlan.Web.Features.Clinics;
using BackPlan.Web.Platform.Auditing;
using BackPlan.Web.Platform.Tenancy;
using Microsoft.AspNetCore.Http.HttpResults;

namespace BackPlan.Web.Features.Outcomes;

/// <summary>The clinic's outcome figures for admins and practitioners, scoped to the caller's clinic by the query filter.</summary>
public static class OutcomesApi
{
    /// <summary>Admins and practitioners: front desk and patients get 403.</summary>
    public const string AllowedRoles = Roles.Admin + "," + Roles.Practitioner;

    public static void MapOutcomesApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/outcomes").RequireAuthorization(p => p.RequireRole(Roles.Admin, Roles.Practitioner)).WithTags("Outcomes");
        // Aggregates over many patients name none of them, as the audit list reads do.
        group.MapGet("/summary", Summary).AuditsPatientData("outcomes.summary", routeKey: null)
            .WithSummary("The clinic's outcome figures for episodes started in a period, each with its n and 95% interval, beside the published benchmarks.");
    }

    private static async Task<Results<Ok<OutcomeSummaryDto>, ValidationProblem>> Summary(
        BackPlanDb db, ClinicClock clock, CancellationToken ct,
        string? from = null, string? to = null, string? locationId = null, string? practitionerId = null,
        string? durationClass = null, string? risk = null, string? composition = null)
    {
        var (filter, errors) = OutcomeFilter.Parse(from, to, locationId, practitionerId, durationClass, risk, composition);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        return TypedResults.Ok(await OutcomeSummary.ComputeAsync(db, filter, await clock.TodayAsync(ct), ct));
    }
}
