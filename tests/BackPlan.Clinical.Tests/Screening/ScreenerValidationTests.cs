using BackPlan.Clinical.Screening;

namespace BackPlan.Clinical.Tests.Screening;

public class ScreenerValidationTests
{
    [Fact]
    public void Evaluate_UnknownItemsAndNonBooleans_NamesEveryItem()
    {
        var answers = AnswerSet.Of(
            ("rf.unknown", true), ("ci.unknown", false), ("rf.fever", "yes"), ("rf.cancer_history", 1), ("rf.thoracic_pain", true));

        var outcome = Screener.Evaluate(new ScreeningInput(200, answers));

        Assert.False(outcome.IsValid);
        Assert.Equal(["unknown screening item"], outcome.Errors["rf.unknown"]);
        Assert.Equal(["unknown screening item"], outcome.Errors["ci.unknown"]);
        Assert.Equal(["must be true or false"], outcome.Errors["rf.fever"]);
        Assert.Equal(["must be true or false"], outcome.Errors["rf.cancer_history"]);
        Assert.True(outcome.Errors.ContainsKey("age"));
        Assert.False(outcome.Errors.ContainsKey("rf.thoracic_pain"));
    }

    [Fact]
    public void Evaluate_NullAndAbsentAnswers_CountAsNotPresent()
    {
        var answers = new Dictionary<string, Answer?> { ["rf.fever"] = null, ["rf.major_trauma"] = Answer.None };

        var result = Screener.Evaluate(new ScreeningInput(null, answers)).Result!;

        Assert.Equal("none", result.Urgency);
    }

    [Fact]
    public void Evaluate_NullInput_IsNone()
    {
        Assert.Equal("none", Screener.Evaluate(null!).Result!.Urgency);
    }
}
