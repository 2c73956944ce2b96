using BackPlan.Clinical.Forms;

namespace BackPlan.Clinical.Tests.Forms;

public class FormScheduleTests
{
    private static readonly DateTime Opened = new(2026, 3, 2, 9, 0, 0, DateTimeKind.Utc);

    private static readonly HashSet<string> Everything = ["nprs", "odi", "rmdq", "sbst", "psfs", "sqs", "pss4", "peg"];

    private static List<Visit> Weekly(int count) =>
        Enumerable.Range(0, count).Select(n => new Visit($"v{n}", Opened.AddDays(2 + (7 * n)))).ToList();

    [Fact]
    public void Generate_NoPlanNoVisits_OnlyBaselineDueThreeDaysAfterOpening()
    {
        var forms = FormSchedule.Generate(new ScheduleInput(Opened, "odi", [], Everything));

        var baseline = Assert.Single(forms);
        Assert.Equal("baseline", baseline.TimePoint);
        Assert.Equal(["nprs", "odi", "sbst", "psfs", "sqs", "pss4"], baseline.Instruments);
        Assert.Equal(Opened.AddDays(3), baseline.DueAt);
        Assert.True(baseline.AsksHistory);
        Assert.True(baseline.AsksContraindications);
    }

    [Fact]
    public void Generate_PlanWithSixSessionsReviewAfterThree_BaselineCheckInsReviewAndDischarge()
    {
        var visits = Weekly(7);
        var forms = FormSchedule.Generate(new ScheduleInput(Opened, "rmdq", visits, Everything, false, Opened.AddDays(2), 6, 6, 3));

        Assert.Equal(["baseline", "pre_session", "pre_session", "review", "pre_session", "pre_session", "discharge"], forms.Select(f => f.TimePoint));
        Assert.Equal(visits[0].StartUtc, forms[0].DueAt);
        Assert.Equal(["nprs", "rmdq", "sbst", "psfs", "sqs", "pss4"], forms[0].Instruments);
        Assert.Equal(["nprs", "peg"], forms[1].Instruments);
        Assert.Equal("pre_session:v1", forms[1].Key);
        Assert.Equal(visits[1].StartUtc.AddDays(-2), forms[1].OpensAt);
        Assert.Equal(visits[1].StartUtc.AddDays(1), forms[1].ClosesAt);
        Assert.Equal("review:3", forms[3].Key);
        Assert.Equal(visits[3].StartUtc, forms[3].DueAt);
        Assert.Equal(["nprs", "rmdq", "sbst", "psfs", "sqs", "pss4"], forms[3].Instruments);
        Assert.Equal(visits[6].StartUtc, forms[6].DueAt);
        Assert.Null(forms[6].ClosesAt);
        Assert.All(forms.Skip(1), f => Assert.False(f.AsksHistory));
    }

    [Fact]
    public void Generate_ReviewAndDischargeNotBooked_DueOnThePlansCalendar()
    {
        var approved = Opened.AddDays(2);
        var forms = FormSchedule.Generate(new ScheduleInput(Opened, "odi", Weekly(2), Everything, false, approved, 4, 4, 2));

        Assert.Equal(["baseline", "pre_session:v1", "review:2", "discharge"], forms.Select(f => f.Key));
        Assert.Equal(approved.AddDays(14), forms[2].DueAt);
        Assert.Equal(approved.AddDays(28), forms[3].DueAt);
    }

    [Fact]
    public void Generate_OnlyFreeInstrumentsAllowed_LicensedOnesLeftOut()
    {
        HashSet<string> free = ["nprs", "psfs"];
        var forms = FormSchedule.Generate(new ScheduleInput(Opened, "odi", Weekly(2), free));

        Assert.Equal(["nprs", "psfs"], forms[0].Instruments);
        Assert.Equal(["nprs"], forms[1].Instruments);
    }

    [Fact]
    public void Generate_BaselineRecordedByClinic_NotAskedAgain()
    {
        var forms = FormSchedule.Generate(new ScheduleInput(Opened, "odi", Weekly(3), Everything, BaselineRecorded: true));

        Assert.Equal(["pre_session:v1", "pre_session:v2"], forms.Select(f => f.Key));
    }

    [Fact]
    public void Generate_SameInputInAnyOrder_SameForms()
    {
        var visits = Weekly(4);
        var input = new ScheduleInput(Opened, "odi", visits, Everything, false, Opened, 3, 3, 2);
        var shuffled = input with { Visits = [visits[2], visits[0], visits[3], visits[1]] };

        Assert.Equal(FormSchedule.Generate(input).Select(f => (f.Key, f.DueAt)), FormSchedule.Generate(shuffled).Select(f => (f.Key, f.DueAt)));
    }

    [Fact]
    public void Generate_ReviewOnTheLastSession_OnlyDischarge()
    {
        var forms = FormSchedule.Generate(new ScheduleInput(Opened, "odi", Weekly(4), Everything, false, Opened, 3, 3, 3));

        Assert.Equal(["baseline", "pre_session:v1", "pre_session:v2", "discharge"], forms.Select(f => f.Key));
    }

    [Theory]
    [InlineData(6, false)]
    [InlineData(7, true)]
    [InlineData(10, true)]
    public void PainAlert_SevenOrMore_IsHigh(int nprs, bool high) => Assert.Equal(high, PainAlert.IsHigh(nprs));
}
