using System.Text.Json;
using System.Text.Json.Nodes;
using BackPlan.Clinical.Changes;
using BackPlan.Clinical.Screening;

namespace BackPlan.Clinical.Tests.Screening;

/// <summary>The screening and change results serialise to the contract shapes (camelCase web defaults).</summary>
public class ScreeningJsonTests
{
    private static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);

    [Fact]
    public void ScreeningResult_ContractExample_SerialisesToContractJson()
    {
        var input = JsonSerializer.Deserialize<ScreeningInput>(
            """{ "age": 58, "answers": { "rf.cancer_history": true, "rf.night_pain_constant": true, "ci.anticoagulants": true } }""", Web)!;

        var json = JsonSerializer.Serialize(Screener.Evaluate(input).Result, Web);

        Assert.Equal(
            """{"urgency":"urgent","rules":[{"rule":"malignancy","level":"urgent","because":["rf.cancer_history","rf.night_pain_constant"]}],"contraindications":[{"code":"ci.anticoagulants","action":"light_pressure_only"}],"mayTreat":false,"excludedTechniques":["active_release","deep_friction","instrument_assisted","trigger_point"]}""",
            json);
    }

    [Fact]
    public void ChangeResult_ContractExample_SerialisesToContractJson()
    {
        var json = JsonSerializer.Serialize(ScoreChange.Compare("odi", 42.0m, 28.0m).Result, Web);

        // Compared as JSON: the default encoder writes ">" as \u003E, which is the same string.
        var expected = """{"instrument":"odi","change":-14.0,"percentChange":-33.3,"evaluable":true,"responder":true,"deteriorated":false,"rule":"decrease >= 10 points or >= 30%"}""";
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(expected), JsonNode.Parse(json)), json);
    }
}
