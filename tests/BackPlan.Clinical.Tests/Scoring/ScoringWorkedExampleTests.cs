using BackPlan.Clinical.Scoring;

namespace BackPlan.Clinical.Tests.Scoring;

/// <summary>Every worked example of instruments.md.</summary>
public class ScoringWorkedExampleTests
{
    private static ScoreResult ScoreValid(string instrument, Dictionary<string, Answer?> answers)
    {
        var outcome = Scorer.Score(instrument, answers);
        Assert.True(outcome.IsValid, string.Join("; ", outcome.Errors.Select(e => $"{e.Key}: {string.Join(", ", e.Value)}")));
        return outcome.Result!;
    }

    [Fact]
    public void Odi_NineSectionsSumSixteen_Is35Point6ModerateWithOdi8Missing()
    {
        var result = ScoreValid("odi", AnswerSet.Numbered("odi", 3, 1, 2, 2, 1, 2, 1, null, 2, 2));

        Assert.Equal("odi", result.Instrument);
        Assert.Equal("2.1a", result.Version);
        Assert.True(result.Complete);
        Assert.Equal(35.6m, result.Score);
        Assert.Equal("moderate", result.Band);
        Assert.Empty(result.Subscales);
        Assert.Equal(9, result.Answered);
        Assert.Equal(["odi.8"], result.Missing);
        Assert.Equal(new ScoreRange(0, 100), result.Range);
        Assert.False(result.HigherIsBetter);
    }

    [Theory]
    [InlineData(2, 40.0, "moderate")]
    [InlineData(0, 0.0, "minimal")]
    [InlineData(5, 100.0, "bed_bound")]
    public void Odi_AllTenSectionsSame_GivesScoreAndBand(int each, double score, string band)
    {
        var result = ScoreValid("odi", AnswerSet.Numbered("odi", Enumerable.Repeat((decimal?)each, 10).ToArray()));

        Assert.Equal((decimal)score, result.Score);
        Assert.Equal(band, result.Band);
        Assert.Empty(result.Missing);
    }

    [Fact]
    public void Odi_SectionsOneToSevenOnly_IsIncompleteWithNullScore()
    {
        var result = ScoreValid("odi", AnswerSet.Numbered("odi", 1, 1, 1, 1, 1, 1, 1));

        Assert.False(result.Complete);
        Assert.Null(result.Score);
        Assert.Null(result.Band);
        Assert.Equal(["odi.8", "odi.9", "odi.10"], result.Missing);
    }

    [Fact]
    public void Rmdq_All24AnsweredSevenTrue_Is7()
    {
        var flags = Enumerable.Range(1, 24).Select(i => (bool?)(i <= 7)).ToArray();

        Assert.Equal(7.0m, ScoreValid("rmdq", AnswerSet.Flags("rmdq", flags)).Score);
    }

    [Fact]
    public void Rmdq_22AnsweredElevenTrue_Is12()
    {
        var flags = Enumerable.Range(1, 24).Select(i => i > 22 ? null : (bool?)(i <= 11)).ToArray();
        var result = ScoreValid("rmdq", AnswerSet.Flags("rmdq", flags));

        Assert.True(result.Complete);
        Assert.Equal(12.0m, result.Score);
        Assert.Equal(["rmdq.23", "rmdq.24"], result.Missing);
    }

    [Fact]
    public void Rmdq_21Answered_IsIncomplete()
    {
        var flags = Enumerable.Range(1, 24).Select(i => i > 21 ? null : (bool?)true).ToArray();
        var result = ScoreValid("rmdq", AnswerSet.Flags("rmdq", flags));

        Assert.False(result.Complete);
        Assert.Null(result.Score);
    }

    [Fact]
    public void Sbst_ItemsOneToFourTrueItem9Is2_Total4Psychosocial0Medium()
    {
        var answers = AnswerSet.Flags("sbst", true, true, true, true, false, false, false, false);
        answers["sbst.9"] = new Answer.Number(2);
        var result = ScoreValid("sbst", answers);

        Assert.Equal(4.0m, result.Score);
        Assert.Equal(0.0m, result.Subscales["psychosocial"]);
        Assert.Equal("medium", result.Band);
    }

    [Fact]
    public void Sbst_Items567TrueItem9Is3_Total4Psychosocial4High()
    {
        var answers = AnswerSet.Flags("sbst", false, false, false, false, true, true, true, false);
        answers["sbst.9"] = new Answer.Number(3);
        var result = ScoreValid("sbst", answers);

        Assert.Equal(4.0m, result.Score);
        Assert.Equal(4.0m, result.Subscales["psychosocial"]);
        Assert.Equal("high", result.Band);
    }

    [Fact]
    public void Sbst_Items123TrueRestFalse_Total3Low()
    {
        var answers = AnswerSet.Flags("sbst", true, true, true, false, false, false, false, false);
        answers["sbst.9"] = new Answer.Number(0);
        var result = ScoreValid("sbst", answers);

        Assert.Equal(3.0m, result.Score);
        Assert.Equal("low", result.Band);
    }

    [Fact]
    public void Pss4_Answers3113_Is12AfterReversingItems2And3()
    {
        Assert.Equal(12.0m, ScoreValid("pss4", AnswerSet.Numbered("pss4", 3, 1, 1, 3)).Score);
    }

    [Fact]
    public void Peg_657_Is6()
    {
        var answers = AnswerSet.Of(("peg.pain", 6), ("peg.enjoyment", 5), ("peg.activity", 7));

        Assert.Equal(6.0m, ScoreValid("peg", answers).Score);
    }

    [Fact]
    public void Psfs_348_Is5()
    {
        var result = ScoreValid("psfs", AnswerSet.Numbered("psfs", 3, 4, 8));

        Assert.Equal(5.0m, result.Score);
        Assert.True(result.HigherIsBetter);
        Assert.Equal(["psfs.4", "psfs.5"], result.Missing);
    }
}
