using BackPlan.Clinical.Changes;
using BackPlan.Clinical.Outcomes;

namespace BackPlan.Clinical.Tests.Outcomes;

public class EpisodeOutcomeTests
{
    private static readonly DateOnly Start = new(2026, 3, 2);

    private static OutcomeMeasure M(string instrument, string timePoint, int day, decimal score) => new(instrument, timePoint, Start.AddDays(day), score);

    [Fact]
    public void Compute_FollowUpsAroundFourWeeks_PicksTheNearestToDay28()
    {
        // Day 20 is before the window (21–42); day 25 is 3 days from 28, day 30 is 2 days: day 30 wins.
        var result = EpisodeOutcome.Compute(
        [
            M("nprs", "baseline", 0, 6), M("nprs", "pre_session", 20, 5), M("nprs", "pre_session", 25, 4), M("nprs", "review", 30, 3),
        ]);

        var pain = result.For("nprs")!;
        Assert.Equal(new DatedScore(Start.AddDays(30), 3), pain.FourWeeks);
        // 6 → 3: −3 points, −50 % → responder (≥ 2 points and ≥ 30 %).
        Assert.Equal(-3.0m, pain.FourWeekChange!.Change);
        Assert.Equal(-50.0m, pain.FourWeekChange.PercentChange);
        Assert.True(pain.FourWeekChange.Responder);
        Assert.False(result.PainFreeAtFourWeeks);
    }

    [Fact]
    public void Compute_EqualDistanceFromDay28_TakesTheEarlier()
    {
        var result = EpisodeOutcome.Compute([M("nprs", "baseline", 0, 6), M("nprs", "pre_session", 31, 2), M("nprs", "pre_session", 25, 4)]);

        Assert.Equal(4, result.For("nprs")!.FourWeeks!.Score);
    }

    [Theory]
    [InlineData(20, false)]
    [InlineData(21, true)]
    [InlineData(42, true)]
    [InlineData(43, false)]
    public void Compute_WindowEnds_AreIncluded(int day, bool counted)
    {
        var result = EpisodeOutcome.Compute([M("nprs", "baseline", 0, 6), M("nprs", "pre_session", day, 0)]);

        Assert.Equal(counted, result.For("nprs")!.FourWeeks is not null);
        Assert.Equal(counted ? true : null, result.PainFreeAtFourWeeks);
    }

    [Fact]
    public void Compute_ConfiguredWindow_IsUsed()
    {
        var window = new FollowUpWindow(FromDay: 10, TargetDay: 14, ToDay: 20);

        var result = EpisodeOutcome.Compute([M("nprs", "baseline", 0, 6), M("nprs", "pre_session", 13, 2), M("nprs", "pre_session", 28, 0)], window);

        Assert.Equal(2, result.For("nprs")!.FourWeeks!.Score);
    }

    [Fact]
    public void Compute_NoFollowUp_HasBaselineOnlyAndUnknownFlags()
    {
        var result = EpisodeOutcome.Compute([M("nprs", "baseline", 0, 7), M("odi", "baseline", 0, 40)]);

        var pain = result.For("nprs")!;
        Assert.Equal(7, pain.Baseline.Score);
        Assert.Null(pain.FourWeeks);
        Assert.Null(pain.FourWeekChange);
        Assert.Null(pain.DischargeChange);
        Assert.Null(result.PainFreeAtFourWeeks);
        Assert.Null(result.PainFreeAtDischarge);
        Assert.Null(result.RecoveredAtFourWeeks);
    }

    [Fact]
    public void Compute_NoBaseline_LeavesTheInstrumentOut()
    {
        var result = EpisodeOutcome.Compute([M("odi", "review", 28, 20), M("nprs", "baseline", 0, 5)]);

        Assert.Null(result.For("odi"));
        Assert.NotNull(result.For("nprs"));
    }

    [Fact]
    public void Compute_ReviewAndDischarge_TakeTheLastOfEach()
    {
        // ODI 40 → review 30 (day 14) → review 24 (day 35) → discharge 12 (day 60).
        var result = EpisodeOutcome.Compute(
        [
            M("odi", "baseline", 0, 40), M("odi", "review", 14, 30), M("odi", "review", 35, 24), M("odi", "discharge", 60, 12),
        ]);

        var function = result.For("odi")!;
        Assert.Equal(24, function.Review!.Score);
        Assert.Equal(24, function.FourWeeks!.Score); // day 35 is the only one in 21–42
        // 40 → 24: −16 points → responder; 40 → 12: −28 points, −70 %.
        Assert.True(function.ReviewChange!.Responder);
        Assert.Equal(-28.0m, function.DischargeChange!.Change);
        Assert.Equal(-70.0m, function.DischargeChange.PercentChange);
        Assert.True(function.DischargeChange.Responder);
    }

    [Fact]
    public void Compute_Deterioration_IsFlagged()
    {
        // NPRS 4 → 7: +3 points → deteriorated, not a responder.
        var result = EpisodeOutcome.Compute([M("nprs", "baseline", 0, 4), M("nprs", "review", 28, 7)]);

        var change = result.For("nprs")!.FourWeekChange!;
        Assert.False(change.Responder);
        Assert.True(change.Deteriorated);
    }

    [Fact]
    public void Compute_BaselineBelowEvaluable_HasNoResponderStatus()
    {
        // NPRS baseline 2 is below the evaluable 3: responder unknown, but pain-free still counts.
        var result = EpisodeOutcome.Compute([M("nprs", "baseline", 0, 2), M("nprs", "review", 28, 0)]);

        Assert.False(result.For("nprs")!.FourWeekChange!.Evaluable);
        Assert.Null(result.For("nprs")!.FourWeekChange!.Responder);
        Assert.True(result.PainFreeAtFourWeeks);
    }

    [Fact]
    public void Compute_PainFreeWithRmdqTwo_IsRecovered()
    {
        var result = EpisodeOutcome.Compute(
        [
            M("nprs", "baseline", 0, 6), M("rmdq", "baseline", 0, 12),
            M("nprs", "review", 28, 0), M("rmdq", "review", 28, 2),
            M("nprs", "discharge", 50, 1), M("rmdq", "discharge", 50, 1),
        ]);

        Assert.True(result.PainFreeAtFourWeeks);
        Assert.True(result.RecoveredAtFourWeeks);
        Assert.False(result.PainFreeAtDischarge);
        Assert.False(result.RecoveredAtDischarge);
        // RMDQ 12 → 2: −10 points → responder.
        Assert.True(result.For("rmdq")!.FourWeekChange!.Responder);
    }

    [Fact]
    public void Compute_OdiClinic_HasNoRecoveredStatus()
    {
        var result = EpisodeOutcome.Compute([M("nprs", "baseline", 0, 6), M("odi", "baseline", 0, 30), M("nprs", "review", 28, 0), M("odi", "review", 28, 4)]);

        Assert.True(result.PainFreeAtFourWeeks);
        Assert.Null(result.RecoveredAtFourWeeks);
    }

    [Fact]
    public void Compute_SameDayRepeated_TakesTheLaterRecorded()
    {
        var result = EpisodeOutcome.Compute([M("nprs", "baseline", 0, 6), M("nprs", "review", 28, 5), M("nprs", "review", 28, 3)]);

        Assert.Equal(3, result.For("nprs")!.FourWeeks!.Score);
    }

    [Fact]
    public void Compute_ClinicRule_ReplacesTheDefault()
    {
        var strict = new Dictionary<string, ResponderRule> { ["nprs"] = new("decrease >= 4 points", ImprovementPoints: 4, DeteriorationPoints: 2) };

        var result = EpisodeOutcome.Compute([M("nprs", "baseline", 0, 6), M("nprs", "review", 28, 3)], rules: strict);

        Assert.False(result.For("nprs")!.FourWeekChange!.Responder);
        Assert.Equal("decrease >= 4 points", result.For("nprs")!.FourWeekChange!.Rule);
    }

    [Fact]
    public void Compute_PsfsAndSleep_ReportChangeInTheirBetterDirection()
    {
        var result = EpisodeOutcome.Compute([M("psfs", "baseline", 0, 3), M("psfs", "review", 28, 6), M("sqs", "baseline", 0, 4), M("sqs", "review", 28, 7)]);

        Assert.True(result.For("psfs")!.FourWeekChange!.Responder); // +3 ≥ 2
        Assert.Equal(3.0m, result.For("sqs")!.FourWeekChange!.Change);
        Assert.Null(result.For("sqs")!.FourWeekChange!.Responder); // no published threshold
    }
}
