using System.Globalization;
using BackPlan.Clinical.Sessions;

namespace BackPlan.Clinical.Tests.Sessions;

/// <summary>The Subjective pre-draft of a session note, composed from what happened since the last visit.</summary>
public class SubjectiveDraftTests
{
    private static List<string> Text(SinceLastVisit facts) => SubjectiveDraft.Compose(facts).Select(l => l.ToText(CultureInfo.InvariantCulture)).ToList();

    [Fact]
    public void Compose_ScoresSinceLastVisit_ShowsEachChange()
    {
        var lines = Text(new SinceLastVisit(new DateOnly(2026, 11, 20), [new("odi", "ODI", 34m, 28.5m), new("nprs", "NPRS", 6m, 4m)]));

        Assert.Equal(["Since the last visit on 2026-11-20:", "NPRS 6 → 4 since the last visit.", "ODI 34 → 28.5 since the last visit."], lines);
    }

    [Fact]
    public void Compose_FirstSession_SaysSoAndShowsScoresWithoutEarlierOnes()
    {
        var lines = Text(new SinceLastVisit(null, [new("nprs", "NPRS", null, 7m)]));

        Assert.Equal(["First treatment session of this episode.", "NPRS 7 (no earlier score)."], lines);
    }

    [Fact]
    public void Compose_NothingAnswered_SaysNoQuestionnaires()
    {
        Assert.Contains("No questionnaires answered since the last visit.", Text(new SinceLastVisit(new DateOnly(2026, 11, 20), [])));
        Assert.DoesNotContain("No questionnaires answered since the last visit.", Text(new SinceLastVisit(null, [])));
    }

    [Fact]
    public void Compose_CancellationsAndNoShows_AreCounted()
    {
        var lines = Text(new SinceLastVisit(new DateOnly(2026, 11, 20), [], Cancellations: 2, LateCancellations: 1, NoShows: 1));

        Assert.Contains("Cancelled appointments: 2 (late: 1).", lines);
        Assert.Contains("Missed appointments without notice: 1.", lines);
    }

    [Fact]
    public void Compose_NoCancellations_LeavesThoseLinesOut()
    {
        var lines = Text(new SinceLastVisit(new DateOnly(2026, 11, 20), [new("nprs", "NPRS", 5m, 5m)]));

        Assert.DoesNotContain(lines, l => l.StartsWith("Cancelled", StringComparison.Ordinal) || l.StartsWith("Missed", StringComparison.Ordinal));
    }

    [Fact]
    public void Compose_LaterSources_AddTheirLines()
    {
        var facts = new SinceLastVisit(
            new DateOnly(2026, 11, 20), [],
            LastCheck: new PostSessionCheckFact(7, false, "  tingling in the left foot "),
            PatientComments: ["Slept better this week.", " "]);

        var lines = Text(facts);

        Assert.Equal(
            [
                "Since the last visit on 2026-11-20:",
                "No questionnaires answered since the last visit.",
                "After the last session: soreness 7/10, not settled yet.",
                "Unexpected after the last session: tingling in the left foot",
                "Patient's comment: Slept better this week.",
            ],
            lines);
    }

    [Fact]
    public void Compose_SettledSoreness_SaysSettled()
    {
        var lines = Text(new SinceLastVisit(new DateOnly(2026, 11, 20), [], LastCheck: new PostSessionCheckFact(3, true, null)));

        Assert.Contains("After the last session: soreness 3/10, since settled.", lines);
        Assert.DoesNotContain(lines, l => l.StartsWith("Unexpected", StringComparison.Ordinal));
    }

    [Fact]
    public void Compose_EveryLine_UsesAKnownFormat()
    {
        var facts = new SinceLastVisit(new DateOnly(2026, 11, 20), [new("nprs", "NPRS", 6m, 4m), new("odi", "ODI", null, 20m)], 1, 1, 1,
            new PostSessionCheckFact(2, true, "x"), ["c"], new HomeProgramFact(1m, 2m, 50m, ["x"], 8), [new FlareUpFact(new DateOnly(2026, 11, 21), 6, "n")]);

        Assert.All(SubjectiveDraft.Compose(facts), l => Assert.Contains(l.Format, SubjectiveDraft.Formats));
    }

    [Fact]
    public void Compose_HomeProgram_AddsAdherenceMadeWorseAndHighestPainAsLinesOfTheirOwn()
    {
        var facts = new SinceLastVisit(new DateOnly(2026, 11, 20), [], HomeProgram: new HomeProgramFact(9m, 12m, 75m, ["Cat-camel", " ", "Bridge"], 6));

        var lines = Text(facts);

        Assert.Equal(
            [
                "Since the last visit on 2026-11-20:",
                "No questionnaires answered since the last visit.",
                "Home program adherence: 9 of 12 prescribed exercise-days done (75 %).",
                "Home exercises marked as making it worse: Cat-camel, Bridge.",
                "Highest pain during home exercises: 6/10.",
            ],
            lines);
    }

    [Fact]
    public void Compose_HomeProgramWithoutProblems_ShowsOnlyAdherence()
    {
        var lines = Text(new SinceLastVisit(new DateOnly(2026, 11, 20), [], HomeProgram: new HomeProgramFact(3.5m, 7m, 50m, [], null)));

        Assert.Contains("Home program adherence: 3.5 of 7 prescribed exercise-days done (50 %).", lines);
        Assert.DoesNotContain(lines, l => l.Contains("worse", StringComparison.Ordinal) || l.Contains("Highest pain", StringComparison.Ordinal));
    }

    [Fact]
    public void Compose_HomeProgramWithNothingPrescribed_SaysSoInsteadOfAPercentage()
    {
        var lines = Text(new SinceLastVisit(null, [], HomeProgram: new HomeProgramFact(0m, 0m, null, [], null)));

        Assert.Contains("Home program: no exercise-days prescribed in this period.", lines);
    }

    [Fact]
    public void Compose_WithHomeProgram_EveryLineUsesAKnownFormat()
    {
        var facts = new SinceLastVisit(new DateOnly(2026, 11, 20), [], HomeProgram: new HomeProgramFact(1m, 2m, 50m, ["x"], 8));

        Assert.All(SubjectiveDraft.Compose(facts), l => Assert.Contains(l.Format, SubjectiveDraft.Formats));
    }

    [Fact]
    public void Compose_FlareUpsReported_OneLineEachWithDayPainAndNote()
    {
        var lines = Text(new SinceLastVisit(new DateOnly(2026, 11, 1), [], FlareUpReports:
        [
            new FlareUpFact(new DateOnly(2026, 11, 5), null, " "),
            new FlareUpFact(new DateOnly(2026, 11, 3), 8, " Bent to lift the shopping "),
            new FlareUpFact(new DateOnly(2026, 11, 6), 5, null),
            new FlareUpFact(new DateOnly(2026, 11, 7), null, "Long drive"),
        ]));

        Assert.Equal(
        [
            "Reported a flare-up on Tue 3 Nov, pain 8/10: \"Bent to lift the shopping\"",
            "Reported a flare-up on Thu 5 Nov.",
            "Reported a flare-up on Fri 6 Nov, pain 5/10.",
            "Reported a flare-up on Sat 7 Nov: \"Long drive\"",
        ], lines.Where(l => l.StartsWith("Reported a flare-up", StringComparison.Ordinal)));
        Assert.All(SubjectiveDraft.Compose(new SinceLastVisit(null, [], FlareUpReports: [new FlareUpFact(new DateOnly(2026, 11, 3), 8, "x")])),
            l => Assert.Contains(l.Format, SubjectiveDraft.Formats));
    }
}
