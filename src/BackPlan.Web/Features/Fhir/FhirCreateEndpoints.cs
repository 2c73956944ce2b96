using BackPlan.Clinical.Scoring;
using BackPlan.Web.Data;
using BackPlan.Web.Features.Episodes;
using BackPlan.Web.Platform.Auditing;
using BackPlan.Web.Platform.Tenancy;
using Hl7.Fhir.Model;
using Microsoft.EntityFrameworkCore;
using IssueType = Hl7.Fhir.Model.OperationOutcome.IssueType;
using StoredResponse = BackPlan.Web.Features.Questionnaires.QuestionnaireResponse;

namespace BackPlan.Web.Features.Fhir;

/// <summary>
/// Create (<c>POST /fhir/QuestionnaireResponse</c>, <c>POST /fhir/Observation</c>, decision 0039): the
/// resource is read with Firely, its answers scored by the clinical core exactly as a form's are, and
/// stored as a questionnaire response of the patient's open episode, as the forms store theirs (the
/// save is audited by the interceptor). 201 with Location and the stored resource; anything wrong is
/// an OperationOutcome naming it, and nothing is stored.
/// </summary>
public static class FhirCreateEndpoints
{
    /// <summary>The types this server creates: the CapabilityStatement lists a create interaction for each.</summary>
    public static readonly IReadOnlyList<string> Types = ["QuestionnaireResponse", "Observation"];

    private static readonly string[] MustBeAnswered = ["must be answered for the instrument to be scored."];

    public static void MapFhirCreates(this RouteGroupBuilder fhir)
    {
        fhir.MapPost("/QuestionnaireResponse", (HttpRequest request, BackPlanDb db, CurrentUser user, TimeProvider time, CancellationToken ct) =>
                CreateAsync<QuestionnaireResponse>(request, db, user, time, QuestionnaireResponseInput.Read, QuestionnaireResponseResource.From, ct))
            .WithMetadata(new FhirScopeRequirement("QuestionnaireResponse", FhirAccess.Write))
            .HasNoPatientData() // the change itself is audited by AuditInterceptor
            .Accepts<string>(FhirJson.MediaType, "application/json")
            .WithSummary("Record a completed questionnaire (an instrument's Questionnaire, linkId = item code): scored and stored like a form.");
        fhir.MapPost("/Observation", (HttpRequest request, BackPlanDb db, CurrentUser user, TimeProvider time, CancellationToken ct) =>
                CreateAsync<Observation>(request, db, user, time, ObservationInput.Read, ObservationResource.From, ct))
            .WithMetadata(new FhirScopeRequirement("Observation", FhirAccess.Write))
            .HasNoPatientData() // the change itself is audited by AuditInterceptor
            .Accepts<string>(FhirJson.MediaType, "application/json")
            .WithSummary("Record a single-measure instrument (pain now on the NPRS, …) as an Observation: scored and stored like a form.");
    }

    private static async Task<IResult> CreateAsync<T>(HttpRequest request, BackPlanDb db, CurrentUser user, TimeProvider time,
        Func<T, FhirAnswers> read, Func<StoredResponse, Resource> answer, CancellationToken ct)
        where T : Resource
    {
        if (FhirResults.RefuseFormat(request) is { } refused)
        {
            return refused;
        }

        if (request.GetTypedHeaders().ContentType?.MediaType.Value is not (FhirJson.MediaType or "application/json"))
        {
            return FhirResults.Outcome(StatusCodes.Status415UnsupportedMediaType, IssueType.NotSupported, $"Send the resource as {FhirJson.MediaType}.");
        }

        using var reader = new StreamReader(request.Body);
        var (resource, problem) = FhirJson.Parse<T>(await reader.ReadToEndAsync(ct));
        if (resource is null)
        {
            return FhirResults.Outcome(StatusCodes.Status400BadRequest, IssueType.Structure, problem!);
        }

        var input = read(resource);
        var now = time.GetUtcNow();
        if (input.At > now.AddMinutes(5))
        {
            input.Error(typeof(T) == typeof(Observation) ? "Observation.effective" : "QuestionnaireResponse.authored", "is in the future.");
        }

        var patientId = input.Subject is { } subject && subject.StartsWith("Patient/", StringComparison.Ordinal) && Guid.TryParse(subject["Patient/".Length..], out var id) ? id : (Guid?)null;
        if (patientId is null)
        {
            input.Error($"{typeof(T).Name}.subject", "must be the patient: Patient/{id}.");
        }

        if (input.Errors.Count > 0)
        {
            return Unprocessable(input.Errors);
        }

        // The query filters decide: another clinic's patient, or for a patient anyone but themselves, is not found.
        if (!await db.Patients.AnyAsync(p => p.Id == patientId, ct))
        {
            return FhirResults.Outcome(StatusCodes.Status403Forbidden, IssueType.Forbidden, $"{input.Subject} is not known, or not yours to record for.");
        }

        var episode = await db.Episodes.Where(e => e.PatientId == patientId && (e.Status == EpisodeStatus.Assessing || e.Status == EpisodeStatus.Active))
            .OrderByDescending(e => e.StartedOn).FirstOrDefaultAsync(ct);
        if (episode is null)
        {
            return Unprocessable(new Dictionary<string, string[]> { [$"{typeof(T).Name}.subject"] = ["The patient has no open episode of care to record it in."] });
        }

        var response = new InstrumentResponse(input.Answers, input.Labels);
        var scored = Scorer.Score(input.Instrument!, response);
        if (scored.Result is not { } result)
        {
            return Unprocessable(scored.Errors);
        }

        if (!result.Complete)
        {
            return Unprocessable(result.Missing.ToDictionary(m => $"item.{m}", _ => MustBeAnswered));
        }

        // Unnamed, the first response of an instrument in the episode is its baseline, later ones reviews.
        var timePoint = input.TimePoint ?? (await db.QuestionnaireResponses.AnyAsync(r => r.EpisodeId == episode.Id && r.Instrument == result.Instrument, ct)
            ? Questionnaires.TimePoints.Review : Questionnaires.TimePoints.Baseline);
        var by = user.IsPatient ? $"{user.UserName} (patient)" : user.UserName ?? "unknown";
        var stored = StoredResponse.From(result, response, episode.PatientId, episode.Id, timePoint, by, (input.At ?? now).UtcDateTime);
        stored.ByPatient = user.IsPatient;
        db.QuestionnaireResponses.Add(stored);
        await db.SaveChangesAsync(ct);
        var created = answer(stored);
        request.HttpContext.Response.Headers.Location = $"{FhirSearch.Root(request)}/{created.TypeName}/{created.Id}";
        return FhirResults.Resource(created, StatusCodes.Status201Created);
    }

    /// <summary>A 422 OperationOutcome with one issue per field (its FHIRPath-like name in <c>expression</c>).</summary>
    private static IResult Unprocessable(IReadOnlyDictionary<string, string[]> errors) => FhirResults.Resource(new OperationOutcome
    {
        Issue = [.. errors.SelectMany(e => e.Value.Select(message => new OperationOutcome.IssueComponent
        {
            Severity = OperationOutcome.IssueSeverity.Error,
            Code = IssueType.Invalid,
            Diagnostics = $"{e.Key}: {message}",
            Expression = [e.Key],
        }))],
    }, StatusCodes.Status422UnprocessableEntity);
}
