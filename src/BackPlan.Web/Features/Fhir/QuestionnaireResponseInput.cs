using System.Globalization;
using BackPlan.Clinical;
using Hl7.Fhir.Model;
using Catalogue = BackPlan.Clinical.Scoring.Instruments;

namespace BackPlan.Web.Features.Fhir;

/// <summary>
/// Reads a posted QuestionnaireResponse (decision 0039): the questionnaire is one of the instruments
/// (<c>urn:backplan:instrument:odi</c> as <c>/api/v1/instruments/odi</c> gives it, or <c>Questionnaire/odi</c>),
/// status completed, the subject a patient, one answer per item (linkId = item code) as integer, decimal,
/// boolean or the option's coding; a PSFS activity's name is its item's text.
/// </summary>
public static class QuestionnaireResponseInput
{
    public static FhirAnswers Read(QuestionnaireResponse posted)
    {
        var input = new FhirAnswers { Subject = posted.Subject?.Reference, At = posted.AuthoredElement?.ToDateTimeOffset(TimeSpan.Zero) };
        input.ReadTimePoint(posted, "QuestionnaireResponse");
        var canonical = (posted.Questionnaire ?? "").Split('|')[0];
        var code = canonical.StartsWith(QuestionnaireResource.CanonicalBase, StringComparison.Ordinal) ? canonical[QuestionnaireResource.CanonicalBase.Length..]
            : canonical.StartsWith("Questionnaire/", StringComparison.Ordinal) ? canonical["Questionnaire/".Length..]
            : null;
        if (code is null || Catalogue.Find(code) is not { } instrument)
        {
            input.Error("QuestionnaireResponse.questionnaire", $"'{posted.Questionnaire}' is not a questionnaire of this server: {QuestionnaireResource.CanonicalBase}<code>, the codes as /api/v1/instruments lists them.");
            return input;
        }

        input.Instrument = instrument.Code;
        if (posted.Status != QuestionnaireResponse.QuestionnaireResponseStatus.Completed)
        {
            input.Error("QuestionnaireResponse.status", "Only a completed response is stored: status must be completed.");
        }

        foreach (var item in Flatten(posted.Item).Where(i => i.Answer.Count > 0 || i.Item.Count == 0))
        {
            var field = item.LinkId ?? "";
            if (instrument.FindItem(field) is not { } definition)
            {
                input.Error($"item.{field}", $"is not an item of {instrument.Code}.");
            }
            else if (input.Answers.ContainsKey(field))
            {
                input.Error($"item.{field}", "is answered twice.");
            }
            else if (item.Answer.Count > 1)
            {
                input.Error($"item.{field}", "takes one answer.");
            }
            else
            {
                input.Answers[field] = item.Answer.Count == 0 ? null : AnswerOf(item.Answer[0].Value, field);
                if (definition.TakesLabel && !string.IsNullOrWhiteSpace(item.Text))
                {
                    input.Labels[field] = item.Text.Trim();
                }
            }
        }

        return input;
    }

    /// <summary>An answer as the clinical core takes it; a value of another kind stays text, which the core refuses with its own message.</summary>
    private static Answer AnswerOf(DataType? value, string item) => value switch
    {
        Integer { Value: { } n } => new Answer.Number(n),
        FhirDecimal { Value: { } d } => new Answer.Number(d),
        FhirBoolean { Value: { } b } => new Answer.Boolean(b),
        Coding { Code: { } c } coding when (coding.System is null || coding.System == QuestionnaireResource.AnswerSystem + item)
            && int.TryParse(c, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var option) => new Answer.Number(option),
        null => Answer.None,
        var other => new Answer.Text(other.ToString() ?? other.TypeName),
    };

    private static IEnumerable<QuestionnaireResponse.ItemComponent> Flatten(IEnumerable<QuestionnaireResponse.ItemComponent> items) =>
        items.SelectMany(i => new[] { i }.Concat(Flatten(i.Item)));
}
