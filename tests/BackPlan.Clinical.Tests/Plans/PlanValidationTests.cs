using System.Text.Json;
using BackPlan.Clinical.Plans;
using BackPlan.Clinical.Screening;
using static BackPlan.Clinical.Tests.Plans.PlanTestData;

namespace BackPlan.Clinical.Tests.Plans;

/// <summary>Bad requests give every error at once, keyed by the field, never an exception.</summary>
public class PlanValidationTests
{
    private static IReadOnlyDictionary<string, string[]> Errors(PlanRequest request)
    {
        var outcome = PlanRecommender.Recommend(request);
        Assert.False(outcome.IsValid);
        Assert.Null(outcome.Result);
        return outcome.Errors;
    }

    [Fact]
    public void Recommend_UnknownCodes_AreNamed()
    {
        var errors = Errors(Request(findings: [F("spasm"), F("hypertonicity", "neck", "middle", 2)]));

        Assert.Equal(["unknown finding 'spasm'"], errors["findings[0].code"]);
        Assert.Equal(["unknown region 'neck'"], errors["findings[1].region"]);
        Assert.Equal(["unknown side 'middle'"], errors["findings[1].side"]);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(4)]
    [InlineData(-1)]
    public void Recommend_SeverityOutside1To3_IsError(int severity)
    {
        var errors = Errors(Request(findings: [F("low_endurance", severity: severity)]));

        Assert.Equal(["must be 1, 2 or 3"], errors["findings[0].severity"]);
    }

    [Fact]
    public void Recommend_RegionAndSideWhereTheyDoNotApply_AreErrors()
    {
        var errors = Errors(Request(findings: [F("hypertonicity"), F("low_endurance", "hamstrings", "left"), new PlanFinding(null, null, null, null)]));

        Assert.Equal(["required for hypertonicity"], errors["findings[0].region"]);
        Assert.Equal(["does not apply to low_endurance"], errors["findings[1].region"]);
        Assert.Equal(["does not apply to low_endurance"], errors["findings[1].side"]);
        Assert.Equal(["required"], errors["findings[2].code"]);
        Assert.Equal(["must be 1, 2 or 3"], errors["findings[2].severity"]);
    }

    [Fact]
    public void Recommend_AssessedBeforeOnset_IsError()
    {
        var errors = Errors(Request(days: -1));

        Assert.Equal(["must not be before onsetDate"], errors["assessedOn"]);
    }

    [Fact]
    public void Recommend_MissingDatesAndSbst_AreErrors()
    {
        var errors = Errors(new PlanRequest(null, null, null, null, null, null));

        Assert.Equal(["required"], errors["onsetDate"]);
        Assert.Equal(["required"], errors["assessedOn"]);
        Assert.Equal(["must be low, medium or high"], errors["sbst"]);
        Assert.Equal(3, errors.Count);
    }

    [Theory]
    [InlineData("moderate")]
    [InlineData("HIGH")]
    [InlineData("")]
    public void Recommend_SbstNotLowMediumHigh_IsError(string sbst)
    {
        Assert.Equal(["must be low, medium or high"], Errors(Request(sbst: sbst))["sbst"]);
    }

    [Fact]
    public void Recommend_NoSbstWhenScreeningBlocksTreatment_ReturnsReferralOnly()
    {
        var plan = Recommend(Request(present: ["rf.bladder_change"]) with { Sbst = null });

        Assert.Equal("referral", Assert.Single(plan.Elements).Kind);
        Assert.Null(plan.Schedule);
    }

    [Fact]
    public void Recommend_UnknownSbstWhenScreeningBlocksTreatment_IsError()
    {
        var errors = Errors(Request(sbst: "huge", present: ["rf.bladder_change"]));

        Assert.Equal(["must be low, medium or high"], errors["sbst"]);
    }

    [Fact]
    public void Recommend_NoSbstWhenScreeningAllowsTreatment_IsError()
    {
        var errors = Errors(Request(present: ["ci.anticoagulants"]) with { Sbst = null });

        Assert.Equal(["must be low, medium or high"], Assert.Single(errors).Value);
    }

    [Fact]
    public void Recommend_NoSbstWithBadScreening_NamesBoth()
    {
        var errors = Errors(Request(age: 12, present: ["rf.bladder_change"]) with { Sbst = null });

        Assert.Equal(["must be low, medium or high"], errors["sbst"]);
        Assert.True(errors.ContainsKey("screening.age"));
    }

    [Fact]
    public void Recommend_BadScreening_IsReportedUnderScreening()
    {
        var request = Request(age: 12) with
        {
            Screening = new ScreeningInput(12, new Dictionary<string, Answer?> { ["rf.nope"] = new Answer.Boolean(true), ["ci.pregnancy"] = new Answer.Text("yes") }),
        };

        var errors = Errors(request);

        Assert.Equal(["must be an integer from 16 to 120"], errors["screening.age"]);
        Assert.Equal(["unknown screening item"], errors["screening.answers.rf.nope"]);
        Assert.Equal(["must be true or false"], errors["screening.answers.ci.pregnancy"]);
    }

    [Fact]
    public void Recommend_BadGoals_AreErrors()
    {
        var errors = Errors(Request(goals: [new("psfs.1", "walk"), new("psfs.1", "sit"), new(" ", ""), new("psfs.4", new string('x', 201))]));

        Assert.Equal(["duplicate goal id 'psfs.1'"], errors["goals[1].id"]);
        Assert.Equal(["required"], errors["goals[2].id"]);
        Assert.Equal(["required"], errors["goals[2].label"]);
        Assert.Equal(["must be at most 200 characters"], errors["goals[3].label"]);
    }

    [Fact]
    public void Recommend_NullEntries_AreErrorsNotExceptions()
    {
        var errors = Errors(Request() with { Findings = [null], Goals = [null] });

        Assert.Equal(["required"], errors["findings[0]"]);
        Assert.Equal(["required"], errors["goals[0]"]);
    }

    [Fact]
    public void Recommend_JsonWithUnknownFinding_BindsAndNamesIt()
    {
        var request = JsonSerializer.Deserialize<PlanRequest>(
            """{ "onsetDate": "2026-09-01", "assessedOn": "2026-11-20", "sbst": "medium", "findings": [ { "code": "x", "severity": 2 } ] }""", Web)!;

        Assert.Equal(["unknown finding 'x'"], Errors(request)["findings[0].code"]);
    }

    [Fact]
    public void Recommend_NoScreeningFindingsOrGoals_IsValid()
    {
        var request = new PlanRequest(Date("2026-01-01"), Date("2026-01-01"), "low", null, null, null);

        Assert.True(PlanRecommender.Recommend(request).IsValid);
    }
}
