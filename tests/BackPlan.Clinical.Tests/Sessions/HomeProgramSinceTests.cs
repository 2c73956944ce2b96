using BackPlan.Clinical.HomeProgram;
using BackPlan.Clinical.Sessions;

namespace BackPlan.Clinical.Tests.Sessions;

/// <summary>The home program between two visits, as the session note's pre-draft reports it.</summary>
public class HomeProgramSinceTests
{
    private static readonly DateOnly LastVisit = new(2026, 11, 16);
    private static readonly DateOnly Visit = new(2026, 11, 23);

    private static string Name(string code) => code.ToUpperInvariant();

    [Fact]
    public void Of_TwoDailyExercisesHalfDone_CountsTheDaysAfterTheLastVisit()
    {
        Prescription[] prescribed = [new("bridge", 7, new DateOnly(2026, 11, 1)), new("cat", 7, new DateOnly(2026, 11, 1))];
        // Done on the last visit's own day: before the window, not counted.
        var log = new List<LoggedExercise> { new("bridge", LastVisit, true, 2, false) };
        log.AddRange(Enumerable.Range(1, 6).Select(d => new LoggedExercise("bridge", LastVisit.AddDays(d), true, 3, false)));

        var fact = HomeProgramSince.Of(LastVisit, Visit, prescribed, log, Name)!;

        // The visit day has nothing logged yet, so it does not count: 6 days × 2 exercises prescribed.
        Assert.Equal(12m, fact.Prescribed);
        Assert.Equal(6m, fact.Done);
        Assert.Equal(50m, fact.Percent);
        Assert.Empty(fact.MadeWorse);
        Assert.Equal(3, fact.HighestPain);
    }

    [Fact]
    public void Of_MadeWorseAndPain_ComeOnlyFromTheDaysSinceTheLastVisit()
    {
        Prescription[] prescribed = [new("bridge", 7, new DateOnly(2026, 11, 1)), new("cat", 3, new DateOnly(2026, 11, 1))];
        LoggedExercise[] log =
        [
            new("cat", LastVisit.AddDays(-1), true, 9, true),
            new("cat", LastVisit.AddDays(2), false, 7, true),
            new("bridge", LastVisit.AddDays(3), true, 4, false),
            new("cat", LastVisit.AddDays(4), true, null, true),
        ];

        var fact = HomeProgramSince.Of(LastVisit, Visit, prescribed, log, Name)!;

        Assert.Equal(["CAT"], fact.MadeWorse);
        Assert.Equal(7, fact.HighestPain);
    }

    [Fact]
    public void Of_FirstVisitOfTheProgram_CountsFromTheApproval()
    {
        Prescription[] prescribed = [new("bridge", 7, Visit.AddDays(-3))];
        LoggedExercise[] log = [new("bridge", Visit.AddDays(-3), true, null, false), new("bridge", Visit, true, null, false)];

        var fact = HomeProgramSince.Of(null, Visit, prescribed, log, Name)!;

        // Four days including the visit day, which counts because something was logged on it.
        Assert.Equal(4m, fact.Prescribed);
        Assert.Equal(2m, fact.Done);
        Assert.Null(fact.HighestPain);
    }

    [Fact]
    public void Of_NothingPrescribedBeforeTheVisit_IsNull()
    {
        Assert.Null(HomeProgramSince.Of(LastVisit, Visit, [], [], Name));
        Assert.Null(HomeProgramSince.Of(LastVisit, Visit, [new("bridge", 7, Visit.AddDays(1))], [], Name));
    }

    [Fact]
    public void Of_SecondVisitOnTheSameDay_IsNull()
    {
        Assert.Null(HomeProgramSince.Of(Visit, Visit, [new("bridge", 7, LastVisit)], [], Name));
    }
}
