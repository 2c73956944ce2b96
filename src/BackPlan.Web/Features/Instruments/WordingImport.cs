using BackPlan.Clinical.Scoring;
using BackPlan.Web.Features.Fhir;
using Hl7.Fhir.Model;

namespace BackPlan.Web.Features.Instruments;

/// <summary>Reads a clinic's licensed wording from FHIR Questionnaire JSON (used by the API and the instrument page).</summary>
public static class WordingImport
{
    public static (Dictionary<string, string[]> Errors, Dictionary<string, string> Texts, string Title) Read(string json, InstrumentDefinition instrument)
    {
        if (string.IsNullOrWhiteSpace(json))
        {
            return (new() { ["questionnaire"] = ["Paste or send a FHIR R4 Questionnaire as JSON."] }, [], "");
        }

        var (questionnaire, problem) = FhirJson.Parse<Questionnaire>(json);
        if (questionnaire is null)
        {
            return (new() { ["questionnaire"] = [$"This is not a valid FHIR R4 Questionnaire: {problem}"] }, [], "");
        }

        var (errors, texts) = QuestionnaireResource.ReadWording(questionnaire, instrument);
        return (errors, texts, questionnaire.Title ?? instrument.Title);
    }
}
