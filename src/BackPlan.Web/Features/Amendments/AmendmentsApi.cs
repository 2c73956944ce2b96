using System.Text.Json;
using BackPlan.Web.Features.Portal;
using BackPlan.Web.Platform.Auditing;
using BackPlan.Web.Platform.Tenancy;
using Microsoft.AspNetCore.Http.HttpResults;

namespace BackPlan.Web.Features.Amendments;

/// <summary>
/// The signed-in patient's correction requests: <c>GET /api/v1/me/amendments</c>,
/// <c>POST /api/v1/me/amendments</c> with <c>{ "whatIsWrong", "shouldSay" }</c>, and
/// <c>POST /api/v1/me/amendments/{id}/disagreement</c> with <c>{ "statement" }</c> after a denial.
/// </summary>
public static class AmendmentsApi
{
    public static void MapAmendmentsApi(this IEndpointRouteBuilder app)
    {
        app.MapMine("amendments", List, "patient.amendments")
            .WithSummary("Your requests to correct your record, newest first, with the clinic's decision and any statement of disagreement.");
        var group = app.MapGroup("/api/v1/me/amendments").RequireAuthorization(p => p.RequireRole(Roles.Patient)).WithTags("Patient portal")
            .HasNoPatientData(); // changes: audited by AuditInterceptor
        group.MapPost("/", Request).WithSummary("Ask for a correction of your record: what is wrong and what it should say.");
        group.MapPost("/{id:guid}/disagreement", Disagree).WithSummary("Answer a denied request with your statement of disagreement; it stays with your record.");
    }

    private static async Task<List<AmendmentDto>> List(Amendments amendments, CurrentUser user, CancellationToken ct) =>
        [.. (await amendments.OfPatientAsync(user.PatientId ?? Guid.Empty, ct)).Select(AmendmentDto.From)];

    private static async Task<Results<Created<AmendmentDto>, ValidationProblem>> Request(AmendmentInput input, Amendments amendments, CancellationToken ct)
    {
        var errors = input.Validate();
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(Camel(errors));
        }

        var request = await amendments.RequestAsync(input, ct);
        return TypedResults.Created($"/api/v1/me/amendments", AmendmentDto.From(request));
    }

    private static async Task<Results<NoContent, ValidationProblem, NotFound>> Disagree(Guid id, DisagreementInput input, Amendments amendments, CancellationToken ct)
    {
        var errors = input.Validate();
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(Camel(errors));
        }

        return await amendments.DisagreeAsync(id, input, ct) ? TypedResults.NoContent() : TypedResults.NotFound();
    }

    private static Dictionary<string, string[]> Camel(Dictionary<string, string[]> errors) =>
        errors.ToDictionary(e => JsonNamingPolicy.CamelCase.ConvertName(e.Key), e => e.Value);
}
