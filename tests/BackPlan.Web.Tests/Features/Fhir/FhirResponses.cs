using System.Net;
using System.Net.Http.Headers;
using BackPlan.Web.Features.Fhir;
using Hl7.Fhir.Model;
using Hl7.Fhir.Validation;

namespace BackPlan.Web.Tests.Features.Fhir;

/// <summary>What the FHIR tests share: reading an answer as a valid resource, and posting one.</summary>
public static class FhirResponses
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>Parses with Firely (strict) and validates the resource's cardinalities and values.</summary>
    public static async Task<T> ResourceAsync<T>(HttpResponseMessage response, HttpStatusCode status = HttpStatusCode.OK)
        where T : Resource
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal(FhirJson.MediaType, response.Content.Headers.ContentType?.MediaType);
        var (resource, problem) = FhirJson.Parse<T>(await response.Content.ReadAsStringAsync(Ct));
        Assert.True(resource is not null, problem);
        var problems = resource.Validate(ModelInfo.ModelInspector, NarrativeValidationKind.FhirXhtml, null!, validateRecursively: true).ToList();
        Assert.True(problems.Count == 0, string.Join("; ", problems.Select(p => p.ToString())));
        return resource;
    }

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
