using System.Text.Json;
using System.Text.Json.Nodes;
using BackPlan.Clinical.Plans;
using static BackPlan.Clinical.Tests.Plans.PlanTestData;

namespace BackPlan.Clinical.Tests.Plans;

/// <summary>plans.md's API example and the JSON shape of request and response.</summary>
public class PlanContractTests
{
    private const string ExampleRequest = """
        { "onsetDate": "2026-09-01", "assessedOn": "2026-11-20",
          "sbst": "medium",
          "screening": { "age": 44, "answers": { "ci.anticoagulants": true } },
          "findings": [ { "code": "restricted_glide", "region": "quadratus_lumborum", "side": "left", "severity": 2 },
                        { "code": "low_endurance", "severity": 2 } ],
          "goals": [ { "id": "psfs.1", "label": "lift my daughter" } ] }
        """;

    private static PlanRecommendation Example() => Recommend(JsonSerializer.Deserialize<PlanRequest>(ExampleRequest, Web)!);

    [Fact]
    public void Recommend_ContractExample_IsSubacuteSixSessionsOverFourWeeksOf45MinutesReviewAfter4()
    {
        var plan = Example();

        Assert.Equal("subacute", plan.DurationClass);
        Assert.Equal(new PlanSchedule(6, 4, 45), plan.Schedule);
        Assert.Equal(4, plan.ReviewAfterSession);
    }

    [Fact]
    public void Recommend_ContractExample_ReplacesActiveReleaseWithLightNonDeepTechniqueAndWarns()
    {
        var plan = Example();

        Assert.DoesNotContain(plan.Elements, e => e.Technique is not null && PlanVocabulary.IsDeep(e.Technique));
        var softTissue = Assert.Single(plan.Elements, e => e.Kind == "soft_tissue");
        Assert.Equal("soft_tissue_mobilization", softTissue.Technique);
        Assert.Equal("quadratus_lumborum", softTissue.Region);
        Assert.Equal("left", softTissue.Side);
        Assert.Equal("light", softTissue.Pressure);
        Assert.Equal(["psfs.1"], softTissue.Serves);
        var warning = Assert.Single(plan.Warnings, w => w.Code == "deep_technique_replaced");
        Assert.Contains("active_release", warning.Message, StringComparison.Ordinal);
        Assert.Contains("ci.anticoagulants", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Recommend_ContractExample_HasTrunkEnduranceWalkingEducationAndServesTheGoal()
    {
        var plan = Example();

        Assert.Equal(
            ["bird_dog", "curl_up", "graded_walking", "side_bridge", "standing_side_bend"],
            plan.Elements.Where(e => e.Kind == "exercise").Select(e => e.Exercise!).Order(StringComparer.Ordinal));
        Assert.Contains(plan.Elements, e => e.Kind == "education" && e.Topic == "back_pain_basics");
        Assert.Contains(plan.Elements, e => e.Kind == "education" && e.Topic == "treatment_soreness");
        Assert.All(plan.Elements, e => Assert.False(string.IsNullOrWhiteSpace(e.Reason)));
        Assert.Contains(plan.Elements, e => e.Kind == "exercise" && e.Serves.Contains("psfs.1"));
    }

    [Fact]
    public void Recommend_ContractExample_SerialisesWithTheContractPropertyNames()
    {
        var json = JsonNode.Parse(JsonSerializer.Serialize(Example(), Web))!.AsObject();

        Assert.Equal(["durationClass", "schedule", "reviewAfterSession", "elements", "warnings"], json.Select(p => p.Key));
        Assert.Equal(["sessions", "weeks", "minutesPerSession"], json["schedule"]!.AsObject().Select(p => p.Key));
        var element = json["elements"]![0]!.AsObject();
        Assert.Equal(
            ["kind", "technique", "region", "side", "aim", "pressure", "exercise", "topic", "dosage", "reason", "source", "serves"],
            element.Select(p => p.Key));
        Assert.Equal(["sets", "reps", "holdSeconds", "minutes", "frequency"], element["dosage"]!.AsObject().Select(p => p.Key));
        Assert.Equal(["code", "message"], json["warnings"]![0]!.AsObject().Select(p => p.Key));
        Assert.Equal("soft_tissue", (string?)element["kind"]);
    }
}
