using BackPlan.Clinical.Scoring;

namespace BackPlan.Clinical.Tests.Scoring;

/// <summary>The "complete when" rule of every instrument, on both sides.</summary>
public class MissingItemTests
{
    private static ScoreResult Score(string instrument, Dictionary<string, Answer?> answers) => Scorer.Score(instrument, answers).Result!;

    [Fact]
    public void Nprs_CurrentOnly_IsCompleteWithOptionalItemsListedMissing()
    {
        var result = Score("nprs", AnswerSet.Of(("nprs.current", 5)));

        Assert.True(result.Complete);
        Assert.Equal(5.0m, result.Score);
        Assert.Empty(result.Subscales);
        Assert.Equal(["nprs.average", "nprs.worst"], result.Missing);
    }

    [Fact]
    public void Nprs_WithAverageAndWorst_PutsThemInSubscales()
    {
        var result = Score("nprs", AnswerSet.Of(("nprs.current", 5), ("nprs.average", 4), ("nprs.worst", 8)));

        Assert.Equal(4.0m, result.Subscales["average"]);
        Assert.Equal(8.0m, result.Subscales["worst"]);
    }

    [Fact]
    public void Nprs_WithoutCurrent_IsIncomplete()
    {
        var result = Score("nprs", AnswerSet.Of(("nprs.average", 4), ("nprs.worst", 8)));

        Assert.False(result.Complete);
        Assert.Null(result.Score);
        Assert.Equal(["nprs.current"], result.Missing);
    }

    [Fact]
    public void Odi_EightSections_IsCompleteOverForty()
    {
        var result = Score("odi", AnswerSet.Numbered("odi", 2, 2, 2, 2, 2, 2, 2, 2));

        Assert.True(result.Complete);
        Assert.Equal(40.0m, result.Score);
        Assert.Equal(8, result.Answered);
    }

    [Fact]
    public void Sbst_EightItems_IsIncomplete()
    {
        var result = Score("sbst", AnswerSet.Flags("sbst", true, true, true, true, true, true, true, true));

        Assert.False(result.Complete);
        Assert.Null(result.Band);
        Assert.Empty(result.Subscales);
        Assert.Equal(["sbst.9"], result.Missing);
    }

    [Fact]
    public void Psfs_OneActivity_IsComplete()
    {
        Assert.Equal(7.5m, Score("psfs", AnswerSet.Numbered("psfs", 7.5m)).Score);
    }

    [Fact]
    public void Peg_TwoItems_IsIncomplete()
    {
        Assert.False(Score("peg", AnswerSet.Of(("peg.pain", 5), ("peg.activity", 5))).Complete);
    }

    [Fact]
    public void Pss4_ThreeItems_IsIncomplete()
    {
        Assert.False(Score("pss4", AnswerSet.Numbered("pss4", 1, 2, 3)).Complete);
    }

    [Theory]
    [InlineData("sqs", "sqs.1")]
    [InlineData("schober", "schober.increase_cm")]
    [InlineData("fft", "fft.distance_cm")]
    public void SingleItem_NotAnswered_IsRejectedAsEmpty(string instrument, string item)
    {
        var outcome = Scorer.Score(instrument, new Dictionary<string, Answer?> { [item] = null });

        Assert.Equal(["no answers given"], outcome.Errors["answers"]);
    }

    [Fact]
    public void Fft_NegativeDistance_IsScored()
    {
        Assert.Equal(-12.5m, Score("fft", AnswerSet.Of(("fft.distance_cm", -12.5m))).Score);
    }

    [Fact]
    public void Score_AbsentAnswer_CountsAsMissing()
    {
        var answers = AnswerSet.Numbered("peg", []);
        answers["peg.pain"] = new Answer.Number(5);
        answers["peg.enjoyment"] = Answer.None;

        var result = Score("peg", answers);

        Assert.Equal(1, result.Answered);
        Assert.Contains("peg.enjoyment", result.Missing);
    }
}
