using BackPlan.Web.Features.Fhir;
using BackPlan.Web.Tests.Support;
using Hl7.Fhir.Model;
using Hl7.Fhir.Validation;
using Catalogue = BackPlan.Clinical.Scoring.Instruments;

namespace BackPlan.Web.Tests.Features.Fhir;

public class QuestionnaireResourceTests(BackPlanApp app)
{
    public static TheoryData<string> Codes => [.. Catalogue.All.Select(i => i.Code)];

    [Theory]
    [MemberData(nameof(Codes))]
    public void From_EveryInstrument_IsValidFhirR4AndRoundTrips(string code)
    {
        var questionnaire = QuestionnaireResource.From(Catalogue.Find(code)!);

        var problems = questionnaire.Validate(ModelInfo.ModelInspector, validateRecursively: true);
        var json = FhirJson.Serialize(questionnaire);
        var (parsed, problem) = FhirJson.Parse<Questionnaire>(json);

        Assert.Empty(problems);
        Assert.Null(problem);
        Assert.Equal(json, FhirJson.Serialize(parsed!));
        Assert.Equal(Catalogue.Find(code)!.Items.Select(i => i.Code), parsed!.Item.Select(i => i.LinkId));
    }

    [Fact]
    public async System.Threading.Tasks.Task Get_AcceptFhirJson_ReturnsQuestionnaire()
    {
        using var client = app.CreateClient();
        client.DefaultRequestHeaders.Accept.ParseAdd(FhirJson.MediaType);

        var response = await client.GetAsync("/api/v1/instruments/odi", TestContext.Current.CancellationToken);
        var (questionnaire, problem) = FhirJson.Parse<Questionnaire>(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));

        Assert.Equal(FhirJson.MediaType, response.Content.Headers.ContentType!.MediaType);
        Assert.Null(problem);
        Assert.Equal("2.1a", questionnaire!.Version);
        Assert.Equal(10, questionnaire.Item.Count);
        Assert.Equal("odi.1", questionnaire.Item[0].LinkId);
        Assert.Equal(Questionnaire.QuestionnaireItemType.Integer, questionnaire.Item[0].Type);
    }
}
