using BackPlan.Clinical.Progress;
using BackPlan.Clinical.Scoring;

namespace BackPlan.Clinical.Tests.Progress;

public class ProgressSummaryTests
{
    [Fact]
    public void Summarise_Odi42To18_IsImportantImprovement()
    {
        var summary = ProgressSummaries.Summarise("odi", [42m, 30m, 18m]);

        Assert.Equal(ProgressVerdicts.ImportantImprovement, summary.Verdict);
        Assert.Equal(42m, summary.Baseline);
        Assert.Equal(18m, summary.Latest);
        Assert.Equal(2, summary.FollowUps);
        Assert.False(summary.SingleFollowUp);
    }

    [Fact]
    public void Summarise_Odi42To36_IsNotYetImportant()
    {
        var summary = ProgressSummaries.Summarise("odi", [42m, 36m]);

        Assert.Equal(ProgressVerdicts.NotYetImportant, summary.Verdict);
        Assert.True(summary.SingleFollowUp);
    }

    [Fact]
    public void Summarise_Nprs4To7_IsImportantWorsening()
    {
        Assert.Equal(ProgressVerdicts.ImportantWorsening, ProgressSummaries.Summarise("nprs", [4m, 7m]).Verdict);
    }

    [Fact]
    public void Summarise_OnlyBaseline_SaysSoAndStillHasAThreshold()
    {
        var summary = ProgressSummaries.Summarise("nprs", [6m]);

        Assert.Equal(ProgressVerdicts.OnlyBaseline, summary.Verdict);
        Assert.Null(summary.Latest);
        Assert.Equal(4m, summary.Threshold);
    }

    [Fact]
    public void Summarise_SleepHasNoPublishedThreshold_ReportsChangeOnly()
    {
        var summary = ProgressSummaries.Summarise("sqs", [4m, 7m]);

        Assert.Equal(ProgressVerdicts.NoThreshold, summary.Verdict);
        Assert.Null(summary.Threshold);
        Assert.Equal(3m, summary.Change!.Change);
    }

    [Fact]
    public void Summarise_OdiBaselineBelowTen_IsNotEvaluable()
    {
        var summary = ProgressSummaries.Summarise("odi", [8m, 2m]);

        Assert.Equal(ProgressVerdicts.NotEvaluable, summary.Verdict);
        Assert.Null(summary.Threshold);
    }

    [Fact]
    public void Summarise_PsfsActivity3To5_IsImportantImprovement()
    {
        var summary = ProgressSummaries.Summarise("psfs", [3m, 5m]);

        Assert.Equal(ProgressVerdicts.ImportantImprovement, summary.Verdict);
        Assert.Equal(5m, summary.Threshold);
    }

    [Theory]
    // NPRS: 2 points and 30 %, whichever is larger.
    [InlineData("nprs", 6, 4)]   // 30 % of 6 = 1.8 < 2
    [InlineData("nprs", 10, 7)]  // 30 % of 10 = 3
    // ODI: 10 points or 30 %, whichever is smaller.
    [InlineData("odi", 42, 32)]  // 30 % = 12.6 > 10
    [InlineData("odi", 20, 14)]  // 30 % = 6
    // RMDQ: 5 points or 30 %.
    [InlineData("rmdq", 12, 8.4)]
    // PSFS: 2 points up, capped at 10.
    [InlineData("psfs", 8, 10)]
    public void ImprovementThreshold_ByRule_IsTheScoreToReach(string instrument, double baseline, double expected)
    {
        var threshold = ProgressSummaries.ImprovementThreshold(Instruments.Find(instrument)!, (decimal)baseline, BackPlan.Clinical.Changes.ResponderRules.For(instrument));

        Assert.Equal((decimal)expected, threshold);
    }

    [Fact]
    public void Summarise_ReachingTheThreshold_AgreesWithTheResponderRule()
    {
        // The line drawn on the chart is where the verdict flips.
        var threshold = ProgressSummaries.ImprovementThreshold(Instruments.Find("odi")!, 42m, BackPlan.Clinical.Changes.ResponderRules.For("odi"))!.Value;

        Assert.Equal(ProgressVerdicts.ImportantImprovement, ProgressSummaries.Summarise("odi", [42m, threshold]).Verdict);
        Assert.Equal(ProgressVerdicts.NotYetImportant, ProgressSummaries.Summarise("odi", [42m, threshold + 0.5m]).Verdict);
    }
}
