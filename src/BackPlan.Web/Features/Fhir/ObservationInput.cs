using BackPlan.Clinical;
using Hl7.Fhir.Model;
using Catalogue = BackPlan.Clinical.Scoring.Instruments;

namespace BackPlan.Web.Features.Fhir;

/// <summary>
/// Reads a posted Observation (decision 0039). An Observation records a single-measure instrument: one
/// whose score rests on its one required item (pain now on the NPRS, the Schober increase, …). The code
/// names the instrument (its code or LOINC code, as a search takes it), the value is that item's answer,
/// and the other items may come as components coded with their item codes (<c>nprs.worst</c>). Status
/// final, the subject a patient. An instrument of several items is posted as a QuestionnaireResponse.
/// </summary>
public static class ObservationInput
{
    /// <summary>The instruments an Observation can record, and the item its value answers.</summary>
    public static IReadOnlyDictionary<string, string> SingleMeasures { get; } = Catalogue.All
        .Where(i => i.Items.Count(item => item.Required) == 1)
        .ToDictionary(i => i.Code, i => i.Items.Single(item => item.Required).Code, StringComparer.Ordinal);

    public static FhirAnswers Read(Observation posted)
    {
        var input = new FhirAnswers { Subject = posted.Subject?.Reference, At = (posted.Effective as FhirDateTime)?.ToDateTimeOffset(TimeSpan.Zero) };
        input.ReadTimePoint(posted, "Observation");
        var codes = posted.Code?.Coding.Select(c => ObservationResource.InstrumentOf(c.System is null ? c.Code ?? "" : $"{c.System}|{c.Code}")).OfType<string>().Distinct().ToList() ?? [];
        if (codes.Count != 1)
        {
            input.Error("Observation.code", $"must name one instrument: system {ObservationResource.InstrumentSystem} (or {ObservationResource.Loinc}) and its code.");
            return input;
        }

        if (!SingleMeasures.TryGetValue(codes[0], out var item))
        {
            input.Error("Observation.code", $"An Observation records one of {string.Join(", ", SingleMeasures.Keys)}; post {codes[0]} as a QuestionnaireResponse.");
            return input;
        }

        input.Instrument = codes[0];
        if (posted.Status != ObservationStatus.Final)
        {
            input.Error("Observation.status", "Only a final observation is stored: status must be final.");
        }

        if (posted.Value is null)
        {
            input.Error("Observation.value", $"must give the measure ({item}) as valueQuantity or valueInteger.");
        }

        input.Answers[item] = ValueOf(posted.Value);
        var instrument = Catalogue.Find(codes[0])!;
        foreach (var component in posted.Component)
        {
            var code = component.Code?.Coding.FirstOrDefault(c => c.System == ObservationResource.InstrumentSystem)?.Code ?? "";
            if (instrument.FindItem(code) is null || code == item)
            {
                input.Error($"component.{code}", $"A component is coded with an item of {instrument.Code} besides {item} (system {ObservationResource.InstrumentSystem}).");
            }
            else if (!input.Answers.TryAdd(code, ValueOf(component.Value)))
            {
                input.Error($"component.{code}", "is given twice.");
            }
        }

        return input;
    }

    /// <summary>A value as the clinical core takes it: a number from valueQuantity, valueInteger or valueBoolean; anything else stays text, which the core refuses.</summary>
    private static Answer ValueOf(DataType? value) => value switch
    {
        Quantity { Value: { } q } => new Answer.Number(q),
        Integer { Value: { } n } => new Answer.Number(n),
        FhirBoolean { Value: { } b } => new Answer.Boolean(b),
        null => Answer.None,
        var other => new Answer.Text(other.ToString() ?? other.TypeName),
    };
}
