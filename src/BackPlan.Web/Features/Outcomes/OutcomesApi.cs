using BackPlan.Web.Data;
using BackPlan.Web.Features.Clinics;
using BackPlan.Web.Platform;
using BackPlan.Web.Platform.Auditing;
using BackPlan.Web.Platform.Tenancy;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

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

        // De-identified export: admins only, and every export is in the audit log with its filters.
        var export = app.MapGroup("/api/v1/outcomes/export").RequireAuthorization(PlatformSetup.AdminPolicy).WithTags("Outcomes");
        export.MapGet("/episodes.csv", Export).AuditsPatientData("outcomes.export", routeKey: null)
            .WithSummary("De-identified episode-level CSV (pseudonyms, age bands, dates shifted per patient); same filters as the summary.");
        // Rebuilds every record of the clinic: admins, from the dashboard's form (antiforgery checked here,
        // as no form field is bound), then back to the dashboard with the count.
        app.MapPost("/outcomes/recompute", Recompute).RequireAuthorization(PlatformSetup.AdminPolicy).RequireAntiforgery()
            .AuditsPatientData("outcomes.recompute", routeKey: null).ExcludeFromDescription();

        export.MapGet("/dictionary.csv", () => TypedResults.Text(OutcomeExport.Dictionary(), "text/csv")).HasNoPatientData()
            .WithSummary("The data dictionary of the episode export: column, type, meaning.");
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

        return TypedResults.Ok(await OutcomeSummary.ComputeAsync(db, filter, await clock.TodayAsync(ct), clock.UtcNow, ct));
    }

    private static async Task<Results<RedirectHttpResult, BadRequest>> Recompute(
        HttpContext context, IAntiforgery antiforgery, BackPlanDb db, IOptions<OutcomeOptions> options, TimeProvider time, CancellationToken ct)
    {
        if (!await antiforgery.IsRequestValidAsync(context))
        {
            return TypedResults.BadRequest();
        }

        var count = await OutcomeRecompute.AllAsync(db, options.Value.Window, time.GetUtcNow().UtcDateTime, ct: ct);
        return TypedResults.LocalRedirect($"/outcomes?recomputed={count}");
    }

    private static async Task<Results<PushStreamHttpResult, ValidationProblem>> Export(
        BackPlanDb db, TimeProvider time, CancellationToken ct,
        string? from = null, string? to = null, string? locationId = null, string? practitionerId = null,
        string? durationClass = null, string? risk = null, string? composition = null)
    {
        var (filter, errors) = OutcomeFilter.Parse(from, to, locationId, practitionerId, durationClass, risk, composition);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var secret = await OutcomeExport.SecretAsync(db, time, ct);
        return TypedResults.Stream(async stream =>
        {
            await using var writer = new StreamWriter(stream, new System.Text.UTF8Encoding(false));
            await OutcomeExport.WriteAsync(db, filter, secret, writer, ct);
        }, "text/csv", "episodes-deidentified.csv");
    }
}
