using InstrumentLibrary = BackPlan.Clinical.Scoring.Instruments;
using Hl7.Fhir.Model;

namespace BackPlan.Web.Features.Fhir;

/// <summary>
/// A scored questionnaire as a FHIR R4 Observation (category survey): the instrument's LOINC code
/// where one exists and always BackPlan's own code (<see cref="InstrumentSystem"/>), the total score,
/// when it was recorded and whose it is.
/// </summary>
public static class ObservationResource
{
    /// <summary>BackPlan's code system for instruments: the code is the instrument's (odi, nprs, …), as in /api/v1/instruments.</summary>
    public const string InstrumentSystem = "urn:backplan:instrument";

    public const string Loinc = "http://loinc.org";

    public static Observation From(Questionnaires.QuestionnaireResponse response)
    {
        var definition = InstrumentLibrary.Find(response.Instrument);
        var title = definition?.Title ?? response.Instrument;
        var code = new CodeableConcept { Text = title };
        if (definition?.Loinc is { } loinc)
        {
            code.Coding.Add(new Coding(Loinc, loinc, title));
        }

        code.Coding.Add(new Coding(InstrumentSystem, response.Instrument, title));
        return new Observation
        {
            Id = response.Id.ToString(),
            Status = ObservationStatus.Final,
            Category = [new CodeableConcept("http://terminology.hl7.org/CodeSystem/observation-category", "survey", "Survey")],
            Code = code,
            Subject = new ResourceReference($"Patient/{response.PatientId}"),
            Effective = FhirTime.At(response.RecordedAt),
            Issued = FhirTime.Offset(response.RecordedAt),
            Value = ScoreOf(response.Score),
        };
    }

    /// <summary>BackPlan's code system for its other observations: <c>post-session-soreness</c>.</summary>
    public const string ObservationSystem = "urn:backplan:observation";

    public const string Soreness = "post-session-soreness";

    /// <summary>Soreness or increased sensitivity after a session, 0–10, as the patient reported it in the post-session check: pain.</summary>
    public static Observation FromCheck(AfterSessions.PostSessionCheck check) => new()
    {
        Id = check.Id.ToString(),
        Status = ObservationStatus.Final,
        Category = [new CodeableConcept("http://terminology.hl7.org/CodeSystem/observation-category", "survey", "Survey")],
        Code = new CodeableConcept(ObservationSystem, Soreness, "Soreness or increased sensitivity after the session (0-10)"),
        Subject = new ResourceReference($"Patient/{check.PatientId}"),
        Effective = FhirTime.At(check.CompletedAt ?? check.CreatedAt),
        Issued = FhirTime.Offset(check.CompletedAt ?? check.CreatedAt),
        Performer = [new ResourceReference($"Patient/{check.PatientId}")],
        Value = ScoreOf(check.Soreness),
        Note = check.Unexpected is { Length: > 0 } unexpected ? [new Annotation { Text = unexpected }] : [],
    };

    /// <summary>The instrument a <c>code</c> search value names: <c>odi</c>, <c>urn:backplan:instrument|odi</c>, or a LOINC code (<c>72514-3</c>, <c>http://loinc.org|72514-3</c>).</summary>
    public static string? InstrumentOf(string value)
    {
        var (system, code) = value.Split('|', 2) is [var s, var c] ? (s, c) : ((string?)null, value);
        if (system is null or InstrumentSystem && InstrumentLibrary.Find(code) is { } byCode)
        {
            return byCode.Code;
        }

        return system is null or Loinc ? InstrumentLibrary.All.FirstOrDefault(i => i.Loinc == code)?.Code : null;
    }

    private static Quantity ScoreOf(decimal? value) => new() { Value = value, Unit = "score", System = "http://unitsofmeasure.org", Code = "{score}" };
}
