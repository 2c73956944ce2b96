using System.Net.Http.Headers;
using BackPlan.Web.Features.Fhir;
using Hl7.Fhir.Model;

namespace BackPlan.Web.Tests.Features.Fhir;

/// <summary>Posting FHIR resources, and the resources the create, scope and capability tests post.</summary>
public static class FhirResponses
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>POSTs a resource as FHIR JSON.</summary>
    public static Task<HttpResponseMessage> PostAsync(HttpClient client, Resource resource) => PostJsonAsync(client, resource.TypeName, FhirJson.Serialize(resource));

    public static Task<HttpResponseMessage> PostJsonAsync(HttpClient client, string type, string json)
    {
        var content = new StringContent(json);
        content.Headers.ContentType = new MediaTypeHeaderValue(FhirJson.MediaType);
        return client.PostAsync($"/fhir/{type}", content, Ct);
    }

    /// <summary>A pain-now (NPRS) Observation of the patient.</summary>
    public static Observation Pain(Guid patientId, int value) => new()
    {
        Status = ObservationStatus.Final,
        Code = new CodeableConcept(ObservationResource.InstrumentSystem, "nprs"),
        Subject = new ResourceReference($"Patient/{patientId}"),
        Value = new Quantity { Value = value, System = "http://unitsofmeasure.org", Code = "{score}" },
    };

    /// <summary>A completed ODI of the patient: every item answered with <paramref name="answer"/> (2 everywhere is 40 %).</summary>
    public static QuestionnaireResponse Odi(Guid patientId, int answer = 2) => new()
    {
        Questionnaire = QuestionnaireResource.CanonicalBase + "odi",
        Status = QuestionnaireResponse.QuestionnaireResponseStatus.Completed,
        Subject = new ResourceReference($"Patient/{patientId}"),
        Item = [.. Enumerable.Range(1, 10).Select(i => new QuestionnaireResponse.ItemComponent
        {
            LinkId = $"odi.{i}",
            Answer = [new() { Value = new Coding(QuestionnaireResource.AnswerSystem + $"odi.{i}", answer.ToString(System.Globalization.CultureInfo.InvariantCulture)) }],
        })],
    };
}
