using System.Text.Json;
using BackPlan.Web.Data;
using BackPlan.Web.Platform;
using BackPlan.Web.Platform.Auditing;
using BackPlan.Web.Platform.Tenancy;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace BackPlan.Web.Features.Patients;

public static class PatientsApi
{
    public static void MapPatientsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/patients").RequireAuthorization(PlatformSetup.StaffPolicy).WithTags("Patients");
        group.MapGet("/", List).AuditsPatientData("patient.list", routeKey: null)
            .WithSummary("Search and page through the clinic's patients.");
        group.MapGet("/{id:guid}", Get).AuditsPatientData("patient.read")
            .WithSummary("One patient of the caller's clinic.");
        group.MapPost("/", Create).HasNoPatientData() // the change itself is audited by AuditInterceptor
            .WithSummary("Register a patient (staff only).");
    }

    private static async Task<Results<Ok<PageDto<PatientSummaryDto>>, ValidationProblem>> List(
        BackPlanDb db, CancellationToken ct, string? search = null, int page = 1, int pageSize = PatientSearch.DefaultPageSize)
    {
        var errors = PatientSearch.Validate(page, pageSize, search);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        return TypedResults.Ok(await PatientSearch.RunAsync(db, search, page, pageSize, ct));
    }

    // The hottest read: compiled once, so a request skips EF's expression walk and cache lookup
    // (docs/performance.md). The clinic filter still applies: it is part of the compiled query.
    private static readonly Func<BackPlanDb, Guid, CancellationToken, Task<Patient?>> ById =
        EF.CompileAsyncQuery((BackPlanDb db, Guid id, CancellationToken ct) => db.Patients.AsNoTracking().FirstOrDefault(p => p.Id == id));

    private static async Task<Results<Ok<PatientDto>, NotFound>> Get(Guid id, BackPlanDb db, CancellationToken ct)
    {
        var patient = await ById(db, id, ct);
        return patient is null ? TypedResults.NotFound() : TypedResults.Ok(PatientDto.From(patient));
    }

    private static async Task<Results<Created<PatientDto>, ValidationProblem>> Create(
        PatientInput input, BackPlanDb db, CurrentUser user, TimeProvider time, CancellationToken ct)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var errors = input.Validate(DateOnly.FromDateTime(now));
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary(e => JsonNamingPolicy.CamelCase.ConvertName(e.Key), e => e.Value));
        }

        var patient = input.ToPatient(user.UserName ?? "unknown", now);
        db.Patients.Add(patient);
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/api/v1/patients/{patient.Id}", PatientDto.From(patient));
    }
}
