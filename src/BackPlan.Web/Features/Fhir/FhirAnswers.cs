using BackPlan.Clinical;

namespace BackPlan.Web.Features.Fhir;

/// <summary>
/// What a created QuestionnaireResponse or Observation says, read into the clinical core's terms: the
/// instrument, the answers by item code (and PSFS activity labels), whose they are, when, the time point;
/// and what is wrong with it (field → messages), before anything is scored or stored.
/// </summary>
public sealed class FhirAnswers
{
    /// <summary>The extension that names the time point (baseline, pre_session, review, discharge) of a created response.</summary>
    public const string TimePointExtension = "urn:backplan:time-point";

    public string? Instrument { get; set; }

    public Dictionary<string, Answer?> Answers { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, string> Labels { get; } = new(StringComparer.Ordinal);

    /// <summary>The subject as given (<c>Patient/{id}</c>).</summary>
    public string? Subject { get; set; }

    public DateTimeOffset? At { get; set; }

    public string? TimePoint { get; set; }

    public Dictionary<string, string[]> Errors { get; } = new(StringComparer.Ordinal);

    public void Error(string field, string message) =>
        Errors[field] = Errors.TryGetValue(field, out var messages) ? [.. messages, message] : [message];

    /// <summary>The time point extension, which must name one of <see cref="Questionnaires.TimePoints.All"/>.</summary>
    public void ReadTimePoint(Hl7.Fhir.Model.DomainResource resource, string field)
    {
        if (resource.Extension.FirstOrDefault(e => e.Url == TimePointExtension) is not { } extension)
        {
            return;
        }

        if (extension.Value is Hl7.Fhir.Model.Code { Value: { } code } && Questionnaires.TimePoints.All.Contains(code))
        {
            TimePoint = code;
        }
        else
        {
            Error($"{field}.extension", $"{TimePointExtension} takes a valueCode: {string.Join(", ", Questionnaires.TimePoints.All)}.");
        }
    }
}
