using System.Globalization;
using BackPlan.Clinical.Scoring;
using Hl7.Fhir.Model;

namespace BackPlan.Web.Features.Fhir;

/// <summary>
/// An instrument definition as a FHIR R4 Questionnaire (linkId = item code), and the reverse:
/// reading a clinic's licensed wording out of a Questionnaire keyed by the same codes.
/// </summary>
public static class QuestionnaireResource
{
    public const string CanonicalBase = "urn:backplan:instrument:";

    /// <summary>The code system of an item's answer options, followed by the item code.</summary>
    public const string AnswerSystem = "urn:backplan:answer:";
    private const string MinValue = "http://hl7.org/fhir/StructureDefinition/minValue";
    private const string MaxValue = "http://hl7.org/fhir/StructureDefinition/maxValue";

    public static Questionnaire From(InstrumentDefinition instrument)
    {
        var questionnaire = new Questionnaire
        {
            Id = instrument.Code,
            Url = CanonicalBase + instrument.Code,
            Version = instrument.Version,
            Name = new string(instrument.Title.Where(char.IsLetterOrDigit).ToArray()),
            Title = instrument.Title,
            Status = PublicationStatus.Active,
            Description = $"{instrument.DescriptionsNote} Recall period: {instrument.RecallPeriod}. Scoring: {instrument.ScoringRule}.",
            Copyright = $"{instrument.Licence}: {instrument.LicenceNote}",
            SubjectType = [ResourceType.Patient],
            Item = instrument.Items.Select(ToItem).ToList(),
        };
        if (instrument.Loinc is { } loinc)
        {
            questionnaire.Code = [new Coding("http://loinc.org", loinc, instrument.Title)];
        }

        return questionnaire;
    }

    /// <summary>
    /// The item texts of an imported Questionnaire, by item code. Every item of the instrument must
    /// be there with text; a linkId the instrument does not have is an error.
    /// </summary>
    public static (Dictionary<string, string[]> Errors, Dictionary<string, string> Texts) ReadWording(Questionnaire questionnaire, InstrumentDefinition instrument)
    {
        var errors = new Dictionary<string, string[]>();
        var texts = new Dictionary<string, string>();
        foreach (var item in Flatten(questionnaire.Item))
        {
            if (instrument.FindItem(item.LinkId ?? "") is null)
            {
                if (item.Type != Questionnaire.QuestionnaireItemType.Group && item.Type != Questionnaire.QuestionnaireItemType.Display)
                {
                    errors[$"item.{item.LinkId}"] = [$"linkId is not an item of {instrument.Code}"];
                }
            }
            else if (string.IsNullOrWhiteSpace(item.Text))
            {
                errors[$"item.{item.LinkId}"] = ["needs the item's text"];
            }
            else
            {
                texts[item.LinkId!] = item.Text.Trim();
            }
        }

        foreach (var missing in instrument.Items.Where(i => !errors.ContainsKey($"item.{i.Code}")).Select(i => i.Code).Where(c => !texts.ContainsKey(c)))
        {
            errors[$"item.{missing}"] = ["is missing: the Questionnaire must contain every item, with linkId = item code"];
        }

        return (errors, texts);
    }

    private static IEnumerable<Questionnaire.ItemComponent> Flatten(IEnumerable<Questionnaire.ItemComponent> items) =>
        items.SelectMany(i => new[] { i }.Concat(Flatten(i.Item)));

    private static Questionnaire.ItemComponent ToItem(InstrumentItem item)
    {
        var component = new Questionnaire.ItemComponent
        {
            LinkId = item.Code,
            Text = item.Description,
            Required = item.Required,
            Type = item.Domain.Kind switch
            {
                ValueDomain.BooleanKind => Questionnaire.QuestionnaireItemType.Boolean,
                ValueDomain.IntegerKind => Questionnaire.QuestionnaireItemType.Integer,
                _ => Questionnaire.QuestionnaireItemType.Decimal,
            },
        };
        if (item.Domain.Options.Count > 0)
        {
            component.AnswerOption = item.Domain.Options
                .Select(o => new Questionnaire.AnswerOptionComponent { Value = new Coding(AnswerSystem + item.Code, o.Value.ToString(CultureInfo.InvariantCulture), o.Label) })
                .ToList();
            component.Type = Questionnaire.QuestionnaireItemType.Choice;
        }
        else if (item.Domain is { Min: { } min, Max: { } max })
        {
            component.Extension.Add(new Extension(MinValue, Bound(item.Domain.Kind, min)));
            component.Extension.Add(new Extension(MaxValue, Bound(item.Domain.Kind, max)));
        }

        return component;
    }

    private static DataType Bound(string kind, decimal value) =>
        kind == ValueDomain.IntegerKind ? new Integer((int)value) : new FhirDecimal(value);
}
