using BackPlan.Clinical;
using Hl7.Fhir.Model;

namespace BackPlan.Web.Features.Fhir;

/// <summary>
/// An answered form as a FHIR R4 QuestionnaireResponse: the instrument's Questionnaire (canonical
/// <c>urn:backplan:instrument:{code}</c>, as <c>/fhir</c> and /api/v1/instruments give it), each
/// answer under its item code (linkId), a PSFS activity's name as the item's text, who wrote it and when.
/// </summary>
public static class QuestionnaireResponseResource
{
    public static QuestionnaireResponse From(Questionnaires.QuestionnaireResponse response) => new()
    {
        Id = response.Id.ToString(),
        Questionnaire = QuestionnaireResource.CanonicalBase + response.Instrument,
        Status = QuestionnaireResponse.QuestionnaireResponseStatus.Completed,
        Subject = new ResourceReference($"Patient/{response.PatientId}"),
        Authored = FhirTime.Text(response.RecordedAt),
        Author = new ResourceReference(response.ByPatient ? $"Patient/{response.PatientId}" : null, response.ByPatient ? null : response.RecordedBy),
        Source = response.ByPatient ? new ResourceReference($"Patient/{response.PatientId}") : null,
        Item = [.. response.Answers.Where(a => Answer.IsAnswered(a.Value)).OrderBy(a => a.Key, StringComparer.Ordinal).Select(a => new QuestionnaireResponse.ItemComponent
        {
            LinkId = a.Key,
            Text = response.Labels.GetValueOrDefault(a.Key),
            Answer = [new QuestionnaireResponse.AnswerComponent { Value = ValueOf(a.Value!) }],
        })],
    };

    private static DataType ValueOf(Answer answer) => answer switch
    {
        Answer.Number n when n.Value == decimal.Truncate(n.Value) && Math.Abs(n.Value) < int.MaxValue => new Integer((int)n.Value),
        Answer.Number n => new FhirDecimal(n.Value),
        Answer.Boolean b => new FhirBoolean(b.Value),
        Answer.Text t => new FhirString(t.Value),
        _ => throw new System.Diagnostics.UnreachableException("unanswered items are left out"),
    };
}
