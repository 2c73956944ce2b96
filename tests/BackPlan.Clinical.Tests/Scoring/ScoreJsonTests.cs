using System.Text.Json;
using BackPlan.Clinical.Scoring;

namespace BackPlan.Clinical.Tests.Scoring;

/// <summary>The results serialise to the contract shapes with the web defaults (camelCase).</summary>
public class ScoreJsonTests
{
    private static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);

    [Fact]
    public void ScoreResult_ContractExample_SerialisesToContractJson()
    {
        var request = """
            { "answers": { "odi.1": 3, "odi.2": 1, "odi.3": 2, "odi.4": 2, "odi.5": 1,
                           "odi.6": 2, "odi.7": 1, "odi.9": 2, "odi.10": 2 } }
            """;
        var response = JsonSerializer.Deserialize<InstrumentResponse>(request, Web)!;

        var json = JsonSerializer.Serialize(Scorer.Score("odi", response).Result, Web);

        Assert.Equal(
            """{"instrument":"odi","version":"2.1a","complete":true,"score":35.6,"band":"moderate","subscales":{},"answered":9,"missing":["odi.8"],"range":{"min":0,"max":100},"higherIsBetter":false}""",
            json);
    }

    [Fact]
    public void Answers_JsonStringForIntegerItem_StaysTextAndIsRejected()
    {
        var response = JsonSerializer.Deserialize<InstrumentResponse>("""{ "answers": { "odi.1": "3", "odi.2": [1], "odi.3": null } }""", Web)!;

        var outcome = Scorer.Score("odi", response);

        Assert.Equal(new Answer.Text("3"), response.Answers["odi.1"]);
        Assert.Null(response.Answers["odi.3"]);
        Assert.Equal(["must be an integer from 0 to 5"], outcome.Errors["odi.1"]);
        Assert.Equal(["must be an integer from 0 to 5"], outcome.Errors["odi.2"]);
        Assert.False(outcome.Errors.ContainsKey("odi.3"));
    }

    [Fact]
    public void Answers_RoundTrip_KeepTheirJsonTypes()
    {
        var answers = AnswerSet.Of(("a", 3), ("b", true), ("c", "x"), ("d", 2.5));

        var json = JsonSerializer.Serialize(answers, Web);

        Assert.Equal("""{"a":3,"b":true,"c":"x","d":2.5}""", json);
        Assert.Equal(answers, JsonSerializer.Deserialize<Dictionary<string, Answer?>>(json, Web));
    }

    [Fact]
    public void InstrumentDefinition_Serialises_WithoutTheScoringDelegate()
    {
        var json = JsonSerializer.Serialize(Instruments.Find("sbst"), Web);

        Assert.Contains("\"higherIsBetter\":false", json, StringComparison.Ordinal);
        Assert.Contains("\"licence\":\"licence-required\"", json, StringComparison.Ordinal);
        Assert.Contains("{\"value\":3,\"label\":\"very much\"}", json, StringComparison.Ordinal);
        Assert.DoesNotContain("rule\":{", json, StringComparison.Ordinal);
    }
}
