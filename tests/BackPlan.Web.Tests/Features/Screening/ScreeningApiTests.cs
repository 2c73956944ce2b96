using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using BackPlan.Web.Tests.Support;

namespace BackPlan.Web.Tests.Features.Screening;

public class ScreeningApiTests(BackPlanApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Evaluate_ContractExample_MatchesScreeningMd()
    {
        using var client = app.CreateClient();

        var response = await client.PostAsJsonAsync("/api/v1/screening/evaluate", new
        {
            age = 58,
            answers = new Dictionary<string, bool> { ["rf.cancer_history"] = true, ["rf.night_pain_constant"] = true, ["ci.anticoagulants"] = true },
        }, Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(
            """{"urgency":"urgent","rules":[{"rule":"malignancy","level":"urgent","because":["rf.cancer_history","rf.night_pain_constant"]}],"contraindications":[{"code":"ci.anticoagulants","action":"light_pressure_only"}],"mayTreat":false,"excludedTechniques":["active_release","deep_friction","instrument_assisted","trigger_point"]}""",
            await response.Content.ReadAsStringAsync(Ct));
    }

    [Fact]
    public async Task Evaluate_CancerWithProgressiveWeakness_IsEmergency()
    {
        using var client = app.CreateClient();

        var result = await (await client.PostAsJsonAsync("/api/v1/screening/evaluate", new
        {
            answers = new Dictionary<string, bool> { ["rf.cancer_history"] = true, ["rf.leg_weakness_progressive"] = true },
        }, Ct)).Content.ReadFromJsonAsync<JsonElement>(Ct);

        Assert.Equal("emergency", result.GetProperty("urgency").GetString());
        Assert.Equal("cord_compression_cancer", result.GetProperty("rules")[0].GetProperty("rule").GetString());
    }

    [Theory]
    [InlineData("""{"answers":{"rf.unknown":true}}""", "rf.unknown")]
    [InlineData("""{"answers":{"rf.fever":"yes"}}""", "rf.fever")]
    [InlineData("""{"age":12,"answers":{}}""", "age")]
    [InlineData("""{"age":"old"}""", "age")]
    public async Task Evaluate_BadInput_Returns400NamingTheItem(string body, string field)
    {
        using var client = app.CreateClient();

        var response = await client.PostAsync("/api/v1/screening/evaluate", new StringContent(body, System.Text.Encoding.UTF8, "application/json"), Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("errors");
        Assert.True(errors.TryGetProperty(field, out _), errors.ToString());
    }
}
