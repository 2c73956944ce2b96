using Catalogue = BackPlan.Clinical.Scoring.Instruments;
using BackPlan.Clinical.Changes;
using BackPlan.Clinical.Scoring;
using BackPlan.Web.Features.Fhir;
using BackPlan.Web.Platform;
using BackPlan.Web.Platform.Auditing;
using BackPlan.Web.Platform.Tenancy;
using Microsoft.AspNetCore.Http.HttpResults;

namespace BackPlan.Web.Features.Instruments;

/// <summary>
/// Instrument definitions and scoring: public, no patient data (scoring rules are facts, not
/// wording). The licence gate and imported wording are the clinic admin's.
/// </summary>
public static class InstrumentsApi
{
    private const int MaxQuestionnaireBytes = 1_000_000;

    public static void MapInstrumentsApi(this IEndpointRouteBuilder app)
    {
        var open = app.MapGroup("/api/v1/instruments").WithTags("Instruments").AllowAnonymous().HasNoPatientData();
        open.MapGet("/", List).WithSummary("Every instrument definition: items, value domains, scoring rule, bands, licence.");
        open.MapGet("/{code}", Get)
            .WithSummary("One instrument definition; a FHIR R4 Questionnaire (linkId = item code) with Accept: application/fhir+json.")
            .Produces<InstrumentDefinition>(contentType: "application/json")
            .Produces<string>(StatusCodes.Status200OK, FhirJson.MediaType);
        open.MapPost("/{code}/score", Score).WithSummary("Score one response exactly as the instrument's manual says.");
        open.MapPost("/{code}/change", Change).WithSummary("Change from baseline to follow-up, with the responder rule.");

        var admin = app.MapGroup("/api/v1/instruments/{code}").WithTags("Instruments").RequireAuthorization(PlatformSetup.AdminPolicy).HasNoPatientData();
        admin.MapPut("/licence", ConfirmLicence).WithSummary("Record that the clinic holds this instrument's licence (admin).");
        admin.MapDelete("/licence", WithdrawLicence).WithSummary("Withdraw the clinic's licence record (admin).");
        admin.MapPut("/wording", ImportWording)
            .Accepts<string>(FhirJson.MediaType, "application/json")
            .WithSummary("Import the official, licensed wording as a FHIR Questionnaire whose linkIds are the item codes (admin).");
    }

    public sealed record ChangeRequest(decimal? Baseline, decimal? FollowUp);

    public sealed record LicenceRequest(string? Note);

    private static Ok<IReadOnlyList<InstrumentDefinition>> List() => TypedResults.Ok(Catalogue.All);

    private static Results<Ok<InstrumentDefinition>, ContentHttpResult, ProblemHttpResult> Get(string code, HttpRequest request)
    {
        if (Catalogue.Find(code) is not { } instrument)
        {
            return Unknown(code);
        }

        return FhirJson.IsRequested(request)
            ? TypedResults.Text(FhirJson.Serialize(QuestionnaireResource.From(instrument)), FhirJson.MediaType)
            : TypedResults.Ok(instrument);
    }

    private static Results<Ok<ScoreResult>, ValidationProblem, ProblemHttpResult> Score(string code, InstrumentResponse response)
    {
        if (Catalogue.Find(code) is null)
        {
            return Unknown(code);
        }

        var scored = Scorer.Score(code, response);
        return scored.Result is { } result ? TypedResults.Ok(result) : TypedResults.ValidationProblem(scored.Errors);
    }

    private static Results<Ok<ChangeResult>, ValidationProblem, ProblemHttpResult> Change(string code, ChangeRequest request)
    {
        if (Catalogue.Find(code) is null)
        {
            return Unknown(code);
        }

        var compared = ScoreChange.Compare(code, request.Baseline, request.FollowUp);
        return compared.Result is { } result ? TypedResults.Ok(result) : TypedResults.ValidationProblem(compared.Errors);
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> ConfirmLicence(
        string code, LicenceRequest? request, InstrumentSettings settings, CurrentUser user, TimeProvider time, CancellationToken ct)
    {
        if (Catalogue.Find(code) is not { } instrument)
        {
            return Unknown(code);
        }

        if (instrument.Licence == Licences.Free)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: $"{instrument.Title} is free to use: there is no licence to record.");
        }

        if (request?.Note?.Length > 500)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "note must be at most 500 characters.");
        }

        await settings.ConfirmLicenceAsync(code, user.UserName ?? "unknown", request?.Note, time.GetUtcNow().UtcDateTime, ct);
        return TypedResults.NoContent();
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> WithdrawLicence(string code, InstrumentSettings settings, CancellationToken ct)
    {
        if (Catalogue.Find(code) is null)
        {
            return Unknown(code);
        }

        await settings.WithdrawLicenceAsync(code, ct);
        return TypedResults.NoContent();
    }

    private static async Task<Results<NoContent, ValidationProblem, ProblemHttpResult>> ImportWording(
        string code, HttpRequest request, InstrumentSettings settings, CurrentUser user, TimeProvider time, CancellationToken ct)
    {
        if (Catalogue.Find(code) is not { } instrument)
        {
            return Unknown(code);
        }

        if (request.ContentLength > MaxQuestionnaireBytes)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status413PayloadTooLarge, title: "A Questionnaire must be under 1 MB.");
        }

        using var reader = new StreamReader(request.Body);
        var json = await reader.ReadToEndAsync(ct);
        var (errors, texts, title) = WordingImport.Read(json, instrument);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        await settings.SaveWordingAsync(code, title, texts, json, user.UserName ?? "unknown", time.GetUtcNow().UtcDateTime, ct);
        return TypedResults.NoContent();
    }

    private static ProblemHttpResult Unknown(string code) => TypedResults.Problem(
        statusCode: StatusCodes.Status404NotFound,
        title: $"There is no instrument '{code}'.",
        detail: $"Known instruments: {string.Join(", ", Catalogue.All.Select(i => i.Code))}.");
}
