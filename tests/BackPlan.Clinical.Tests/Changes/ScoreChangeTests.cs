using BackPlan.Clinical.Changes;

namespace BackPlan.Clinical.Tests.Changes;

public class ScoreChangeTests
{
    private static ChangeResult Compare(string instrument, decimal baseline, decimal followUp)
    {
        var outcome = ScoreChange.Compare(instrument, baseline, followUp);
        Assert.True(outcome.IsValid);
        return outcome.Result!;
    }

    [Fact]
    public void Compare_Nprs6To4_IsResponder()
    {
        var result = Compare("nprs", 6, 4);

        Assert.Equal(-2.0m, result.Change);
        Assert.Equal(-33.3m, result.PercentChange);
        Assert.True(result.Evaluable);
        Assert.True(result.Responder);
        Assert.False(result.Deteriorated);
        Assert.Equal("decrease >= 2 points and >= 30%", result.Rule);
    }

    [Fact]
    public void Compare_Nprs8To6_TwoPointsButOnly25Percent_IsNotResponder()
    {
        var result = Compare("nprs", 8, 6);

        Assert.Equal(-25.0m, result.PercentChange);
        Assert.False(result.Responder);
    }

    [Fact]
    public void Compare_Odi24To16_EightPointsBut33Percent_IsResponder()
    {
        var result = Compare("odi", 24, 16);

        Assert.Equal(-8.0m, result.Change);
        Assert.Equal(-33.3m, result.PercentChange);
        Assert.True(result.Responder);
    }

    [Fact]
    public void Compare_Odi8To2_BelowEvaluableBaseline_IsNotEvaluable()
    {
        var result = Compare("odi", 8, 2);

        Assert.False(result.Evaluable);
        Assert.Null(result.Responder);
    }

    [Fact]
    public void Compare_OdiContractExample_MatchesContract()
    {
        var result = Compare("odi", 42.0m, 28.0m);

        Assert.Equal(new ChangeResult("odi", -14.0m, -33.3m, true, true, false, "decrease >= 10 points or >= 30%"), result);
    }

    [Theory]
    [InlineData("nprs", 3, 2, false, false)]      // −1 point (−33 %): the points part fails
    [InlineData("nprs", 10, 7, true, false)]      // −3 points, −30 % exactly
    [InlineData("nprs", 4, 6, false, true)]       // +2 deteriorated
    [InlineData("nprs", 4, 5, false, false)]
    [InlineData("odi", 60, 50, true, false)]      // −10 points (only 16.7 %)
    [InlineData("odi", 60, 51, false, false)]     // −9 points, 15 %
    [InlineData("odi", 30, 40, false, true)]      // +10
    [InlineData("odi", 30, 39, false, false)]
    [InlineData("rmdq", 20, 15, true, false)]     // −5 points (25 %)
    [InlineData("rmdq", 10, 7, true, false)]      // −3 points, −30 %
    [InlineData("rmdq", 20, 16, false, false)]    // −4 points, −20 %
    [InlineData("rmdq", 10, 15, false, true)]
    [InlineData("psfs", 4, 6, true, false)]       // higher is better: +2
    [InlineData("psfs", 4, 5.9, false, false)]
    [InlineData("psfs", 6, 4, false, true)]
    [InlineData("peg", 5, 3.5, true, false)]      // −30 %
    [InlineData("peg", 5, 3.6, false, false)]
    [InlineData("peg", 5, 6.5, false, true)]      // +30 %
    public void Compare_AtThresholds_GivesResponderAndDeteriorated(string instrument, double baseline, double followUp, bool responder, bool deteriorated)
    {
        var result = Compare(instrument, (decimal)baseline, (decimal)followUp);

        Assert.True(result.Evaluable);
        Assert.Equal(responder, result.Responder);
        Assert.Equal(deteriorated, result.Deteriorated);
    }

    [Theory]
    [InlineData("nprs", 2, 3)]
    [InlineData("odi", 9.9, 10)]
    [InlineData("rmdq", 3, 4)]
    [InlineData("psfs", 9, 8)]
    [InlineData("peg", 2.9, 3)]
    public void Compare_EvaluableBaselineBoundary_SwitchesEvaluable(string instrument, double notEvaluable, double evaluable)
    {
        Assert.False(Compare(instrument, (decimal)notEvaluable, (decimal)notEvaluable).Evaluable);
        Assert.Null(Compare(instrument, (decimal)notEvaluable, (decimal)notEvaluable).Responder);
        Assert.True(Compare(instrument, (decimal)evaluable, (decimal)evaluable).Evaluable);
    }

    [Fact]
    public void Compare_NotEvaluable_StillJudgesDeterioration()
    {
        Assert.True(Compare("odi", 8, 20).Deteriorated);
    }

    [Theory]
    [InlineData("pss4", 10, 6)]
    [InlineData("sqs", 3, 7)]
    [InlineData("schober", 3, 5.5)]
    [InlineData("fft", 20, 5)]
    [InlineData("sbst", 6, 2)]
    public void Compare_InstrumentWithoutThreshold_ReportsChangeOnly(string instrument, double baseline, double followUp)
    {
        var result = Compare(instrument, (decimal)baseline, (decimal)followUp);

        Assert.Equal((decimal)(followUp - baseline), result.Change);
        Assert.Null(result.Responder);
        Assert.Null(result.Deteriorated);
        Assert.Equal(ResponderRules.NoThreshold, result.Rule);
    }

    [Fact]
    public void Compare_BaselineZero_PercentChangeIsNull()
    {
        var result = Compare("nprs", 0, 3);

        Assert.Null(result.PercentChange);
        Assert.False(result.Evaluable);
        Assert.True(result.Deteriorated);
    }

    [Fact]
    public void Compare_BaselineTinierThanAnyScore_CountsAsZeroInsteadOfOverflowing()
    {
        var result = ScoreChange.Compare("odi", 0.0000000000000000000000000001m, 60).Result!;

        Assert.Null(result.PercentChange);
        Assert.Equal(60.0m, result.Change);
    }

    [Fact]
    public void Compare_PegBaselineZero_DeteriorationUnknown()
    {
        Assert.Null(Compare("peg", 0, 5).Deteriorated);
    }

    [Fact]
    public void Compare_ScoresOutsideRange_NamesBaselineAndFollowUp()
    {
        var outcome = ScoreChange.Compare("odi", -1, 101);

        Assert.False(outcome.IsValid);
        Assert.Equal(["must be a score from 0 to 100"], outcome.Errors["baseline"]);
        Assert.Equal(["must be a score from 0 to 100"], outcome.Errors["followUp"]);
    }

    [Fact]
    public void Compare_MissingScores_AreErrors()
    {
        var outcome = ScoreChange.Compare("nprs", null, null);

        Assert.Equal(["baseline", "followUp"], outcome.Errors.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Compare_UnknownInstrument_IsError()
    {
        Assert.True(ScoreChange.Compare("vas", 1, 2).Errors.ContainsKey("instrument"));
    }

    [Fact]
    public void Compare_ClinicRule_IsUsedAndNamed()
    {
        var rule = new ResponderRule("decrease >= 50%", ImprovementPercent: 50);

        var result = ScoreChange.Compare("nprs", 6, 4, rule).Result!;

        Assert.False(result.Responder);
        Assert.Equal("decrease >= 50%", result.Rule);
    }
}
