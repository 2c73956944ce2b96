using System.Globalization;
using BackPlan.Clinical;
using BackPlan.Clinical.Scoring;
using Hl7.Fhir.Model;
using Catalogue = BackPlan.Clinical.Scoring.Instruments;

namespace BackPlan.Web.Features.Fhir;

/// <summary>
/// A stored questionnaire response as a FHIR R4 QuestionnaireResponse: the instrument's canonical, the
/// subject, when, the time point (extension) and each answer under its item code, in the kind the
/// instrument's Questionnaire asks for (an option's coding, an integer, a decimal or a boolean).
/// </summary>
public static class QuestionnaireResponseResource
{
    public static QuestionnaireResponse From(Questionnaires.QuestionnaireResponse response)
    {
        var instrument = Catalogue.Find(response.Instrument);
        var resource = new QuestionnaireResponse
        {
            Id = response.Id.ToString(),
            Questionnaire = QuestionnaireResource.CanonicalBase + response.Instrument,
            Status = QuestionnaireResponse.QuestionnaireResponseStatus.Completed,
            Subject = new ResourceReference($"Patient/{response.PatientId}"),
            Authored = new FhirDateTime(new DateTimeOffset(DateTime.SpecifyKind(response.RecordedAt, DateTimeKind.Utc))).Value,
            Extension = [new Extension(FhirAnswers.TimePointExtension, new Code(response.TimePoint))],
        };
        foreach (var (code, answer) in response.Answers.Where(a => Answer.IsAnswered(a.Value)))
        {
            var item = new QuestionnaireResponse.ItemComponent { LinkId = code, Text = response.Labels.GetValueOrDefault(code) };
            item.Answer.Add(new QuestionnaireResponse.AnswerComponent { Value = ValueOf(instrument?.FindItem(code), answer!) });
            resource.Item.Add(item);
        }

        return resource;
    }

    private static DataType ValueOf(InstrumentItem? item, Answer answer) => (item?.Domain, answer) switch
    {
        ({ Options.Count: > 0 } domain, Answer.Number n) => new Coding(QuestionnaireResource.AnswerSystem + item!.Code, n.Value.ToString(CultureInfo.InvariantCulture),
            domain.Options.FirstOrDefault(o => o.Value == n.Value)?.Label),
        ({ Kind: ValueDomain.IntegerKind }, Answer.Number n) => new Integer((int)n.Value),
        (_, Answer.Number n) => new FhirDecimal(n.Value),
        (_, Answer.Boolean b) => new FhirBoolean(b.Value),
        (_, var other) => new FhirString(other.ToString()),
    };
}
