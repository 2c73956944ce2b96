using BackPlan.Web.Platform.Auditing;
using BackPlan.Web.Platform.Tenancy;
using Microsoft.AspNetCore.Http.HttpResults;

namespace BackPlan.Web.Features.EmergencyAccess;

/// <summary>What an opened emergency access answers: the record is open to the caller until <paramref name="ExpiresAt"/> (UTC).</summary>
public sealed record EmergencyAccessDto(Guid PatientId, DateTime GrantedAt, DateTime ExpiresAt);

/// <summary><c>POST /api/v1/patients/{id}/emergency-access</c>: break the glass with <c>{ "reason" }</c> (decision 0040).</summary>
public static class EmergencyAccessApi
{
    public static void MapEmergencyAccessApi(this IEndpointRouteBuilder app) =>
        app.MapPost("/api/v1/patients/{id:guid}/emergency-access", Open)
            .RequireAuthorization(p => p.RequireRole(Roles.Practitioner))
            .HasNoPatientData() // BreakGlass writes its own audit entry, marked as emergency access
            .WithTags("Patients")
            .WithSummary($"Practitioners: open the record of a patient outside your care team, with a reason of at least {EmergencyAccessRules.ReasonMinLength} characters, for {EmergencyAccessRules.GrantHours} hours. Audited as emergency access; the clinic's admins are alerted.");

    private static async Task<Results<Created<EmergencyAccessDto>, ValidationProblem, NotFound>> Open(
        Guid id, EmergencyAccessInput input, BreakGlass glass, CancellationToken ct)
    {
        var errors = input.Validate();
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary(e => "reason", e => e.Value));
        }

        var grant = await glass.OpenAsync(id, input.Reason!, ct);
        return grant is null
            ? TypedResults.NotFound()
            : TypedResults.Created($"/api/v1/patients/{id}", new EmergencyAccessDto(id, grant.GrantedAt, grant.ExpiresAt));
    }
}
