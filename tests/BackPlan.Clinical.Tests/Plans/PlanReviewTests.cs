using BackPlan.Clinical.Plans;

namespace BackPlan.Clinical.Tests.Plans;

/// <summary>Stepped care at a review point (plans.md "Review").</summary>
public class PlanReviewTests
{
    private static ReviewDecision Decide(ReviewInput input)
    {
        var outcome = PlanReview.Decide(input);
        Assert.True(outcome.IsValid, string.Join("; ", outcome.Errors.Select(e => $"{e.Key}: {string.Join(", ", e.Value)}")));
        return outcome.Result!;
    }

    [Fact]
    public void Decide_PainResponder_Continues()
    {
        var decision = Decide(new(6, 3, "odi", 40, 38));

        Assert.Equal("continue", decision.Outcome);
        Assert.Equal(["nprs", "odi"], decision.Changes.Select(c => c.Instrument));
        Assert.True(decision.Changes[0].Responder);
        Assert.Contains("continue the plan", decision.Reasons);
    }

    [Fact]
    public void Decide_FunctionResponderOnRmdq_Continues()
    {
        var decision = Decide(new(null, null, "rmdq", 12, 6));

        Assert.Equal("continue", decision.Outcome);
        Assert.Equal("rmdq", Assert.Single(decision.Changes).Instrument);
    }

    [Fact]
    public void Decide_ResponderAtPlannedEnd_DischargesWithSelfManagement()
    {
        var decision = Decide(new(6, 2, null, null, null, AtPlannedEnd: true));

        Assert.Equal("continue", decision.Outcome);
        Assert.Contains("planned end reached: discharge with a self-management plan", decision.Reasons);
    }

    [Fact]
    public void Decide_FirstNonResponse_Revises()
    {
        var decision = Decide(new(6, 5, "odi", 40, 36));

        Assert.Equal("revise", decision.Outcome);
        Assert.Contains("first review without response: revise the technique mix or dose", decision.Reasons);
    }

    [Fact]
    public void Decide_SecondConsecutiveNonResponse_Refers()
    {
        var decision = Decide(new(6, 5, "odi", 40, 36, PreviousNonResponses: 1));

        Assert.Equal("refer", decision.Outcome);
        Assert.Contains("no response at 2 consecutive reviews: recommend medical review", decision.Reasons);
    }

    [Fact]
    public void Decide_DeterioratedOnFunction_RefersEvenIfPainResponded()
    {
        var decision = Decide(new(6, 3, "odi", 30, 42));

        Assert.Equal("refer", decision.Outcome);
        Assert.True(decision.Changes[1].Deteriorated);
        Assert.Single(decision.Reasons);
        Assert.StartsWith("odi deteriorated", decision.Reasons[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Decide_DeterioratedOnPain_Refers()
    {
        Assert.Equal("refer", Decide(new(4, 7, null, null, null)).Outcome);
    }

    [Fact]
    public void Decide_NewRedFlag_RefersWhateverTheScores()
    {
        var decision = Decide(new(6, 1, "odi", 40, 10, NewRedFlag: true));

        Assert.Equal("refer", decision.Outcome);
        Assert.Equal(["a new red flag was reported: recommend medical review"], decision.Reasons);
    }

    [Fact]
    public void Decide_NothingEvaluable_ContinuesAndSaysWhy()
    {
        var decision = Decide(new(2, 2, "odi", 8, 8));

        Assert.Equal("continue", decision.Outcome);
        Assert.All(decision.Changes, c => Assert.False(c.Evaluable));
        Assert.Contains("continue and judge progress clinically", decision.Reasons);
    }

    [Fact]
    public void Decide_OneEvaluableNonResponse_CountsAsNonResponse()
    {
        Assert.Equal("revise", Decide(new(2, 2, "odi", 40, 38)).Outcome);
    }

    [Fact]
    public void Decide_BadInput_ReportsEachField()
    {
        var outcome = PlanReview.Decide(new(11, null, "psfs", 3, 4, PreviousNonResponses: -1));

        Assert.False(outcome.IsValid);
        Assert.Equal(["must be a score from 0 to 10"], outcome.Errors["nprsBaseline"]);
        Assert.Equal(["must be a score from 0 to 10"], outcome.Errors["nprsLatest"]);
        Assert.Equal(["must be odi or rmdq"], outcome.Errors["functionInstrument"]);
        Assert.Equal(["must be 0 or more"], outcome.Errors["previousNonResponses"]);
    }

    [Fact]
    public void Decide_NoScores_IsError()
    {
        Assert.Equal(["give nprs or function (odi or rmdq) baseline and latest scores"], PlanReview.Decide(new(null, null, null, null, null)).Errors["scores"]);
    }
}
