using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using BackPlan.Web.Tests.Support;

namespace BackPlan.Web.Tests.Features.Instruments;

public class InstrumentsApiTests(BackPlanApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task List_Anonymous_ReturnsAllTenInstruments()
    {
        using var client = app.CreateClient();

        var list = await client.GetFromJsonAsync<JsonElement>("/api/v1/instruments", Ct);

        Assert.Equal(
            ["nprs", "odi", "rmdq", "sbst", "psfs", "peg", "pss4", "sqs", "schober", "fft"],
            list.EnumerateArray().Select(i => i.GetProperty("code").GetString()));
        var odi = list.EnumerateArray().Single(i => i.GetProperty("code").GetString() == "odi");
        Assert.Equal("licence-required", odi.GetProperty("licence").GetString());
        Assert.Equal(10, odi.GetProperty("items").GetArrayLength());
    }

    [Fact]
    public async Task Score_ContractExample_MatchesInstrumentsMd()
    {
        using var client = app.CreateClient();

        var response = await client.PostAsJsonAsync("/api/v1/instruments/odi/score", new
        {
            answers = new Dictionary<string, int>
            {
                ["odi.1"] = 3, ["odi.2"] = 1, ["odi.3"] = 2, ["odi.4"] = 2, ["odi.5"] = 1,
                ["odi.6"] = 2, ["odi.7"] = 1, ["odi.9"] = 2, ["odi.10"] = 2,
            },
        }, Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(
            """{"instrument":"odi","version":"2.1a","complete":true,"score":35.6,"band":"moderate","subscales":{},"answered":9,"missing":["odi.8"],"range":{"min":0,"max":100},"higherIsBetter":false}""",
            await response.Content.ReadAsStringAsync(Ct));
    }

    [Fact]
    public async Task Score_BadItems_Returns400NamingEachItem()
    {
        using var client = app.CreateClient();

        var response = await client.PostAsync("/api/v1/instruments/odi/score",
            new StringContent("""{"answers":{"odi.3":"3","odi.11":1,"odi.2":7,"odi.4":2.5}}""", System.Text.Encoding.UTF8, "application/json"), Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("errors");
        Assert.Equal("must be an integer from 0 to 5", errors.GetProperty("odi.3")[0].GetString());
        Assert.Equal("unknown item for odi", errors.GetProperty("odi.11")[0].GetString());
        Assert.True(errors.TryGetProperty("odi.2", out _));
        Assert.True(errors.TryGetProperty("odi.4", out _));
    }

    [Theory]
    [InlineData("{}")]
    [InlineData("""{"answers":{}}""")]
    public async Task Score_EmptyAnswers_Returns400(string body)
    {
        using var client = app.CreateClient();

        var response = await client.PostAsync("/api/v1/instruments/nprs/score", new StringContent(body, System.Text.Encoding.UTF8, "application/json"), Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("answers", await response.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Score_NoBody_Returns400Problem()
    {
        using var client = app.CreateClient();

        var response = await client.PostAsync("/api/v1/instruments/nprs/score", null, Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
    }

    [Theory]
    [InlineData("GET", "/api/v1/instruments/xyz")]
    [InlineData("POST", "/api/v1/instruments/xyz/score")]
    [InlineData("POST", "/api/v1/instruments/xyz/change")]
    public async Task UnknownInstrument_Returns404Problem(string method, string path)
    {
        using var client = app.CreateClient();
        var request = new HttpRequestMessage(new HttpMethod(method), path);
        if (method == "POST")
        {
            request.Content = new StringContent("""{"answers":{"x":1},"baseline":1,"followUp":2}""", System.Text.Encoding.UTF8, "application/json");
        }

        var response = await client.SendAsync(request, Ct);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("There is no instrument 'xyz'", await response.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("nprs", 6, 4, true)]
    [InlineData("nprs", 8, 6, false)]
    [InlineData("odi", 24, 16, true)]
    public async Task Change_WorkedExamples_GiveResponderStatus(string code, decimal baseline, decimal followUp, bool responder)
    {
        using var client = app.CreateClient();

        var result = await (await client.PostAsJsonAsync($"/api/v1/instruments/{code}/change", new { baseline, followUp }, Ct)).Content.ReadFromJsonAsync<JsonElement>(Ct);

        Assert.Equal(responder, result.GetProperty("responder").GetBoolean());
        Assert.True(result.GetProperty("evaluable").GetBoolean());
    }

    [Fact]
    public async Task Change_BelowEvaluableBaseline_IsNotEvaluable()
    {
        using var client = app.CreateClient();

        var result = await (await client.PostAsJsonAsync("/api/v1/instruments/odi/change", new { baseline = 8, followUp = 2 }, Ct)).Content.ReadFromJsonAsync<JsonElement>(Ct);

        Assert.False(result.GetProperty("evaluable").GetBoolean());
        Assert.Equal(JsonValueKind.Null, result.GetProperty("responder").ValueKind);
    }

    [Theory]
    [InlineData("""{"baseline": 120, "followUp": 20}""", "baseline")]
    [InlineData("""{"baseline": 20}""", "followUp")]
    [InlineData("""{"baseline": "20", "followUp": 10}""", "baseline")]
    public async Task Change_BadScores_Return400NamingTheField(string body, string field)
    {
        using var client = app.CreateClient();

        var response = await client.PostAsync("/api/v1/instruments/odi/change", new StringContent(body, System.Text.Encoding.UTF8, "application/json"), Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("errors");
        Assert.True(errors.TryGetProperty(field, out _), errors.ToString());
    }
}
