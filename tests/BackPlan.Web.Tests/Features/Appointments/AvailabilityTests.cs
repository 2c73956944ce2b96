using BackPlan.Web.Features.Appointments;
using NodaTime;
using NodaTime.Text;

namespace BackPlan.Web.Tests.Features.Appointments;

/// <summary>The pure slot function, in Europe/Warsaw (the demo clinic's zone), across both DST changes of 2026.</summary>
public class AvailabilityTests
{
    private static readonly DateTimeZone Warsaw = DateTimeZoneProviders.Tzdb["Europe/Warsaw"];
    private static readonly Duration HalfHour = Duration.FromMinutes(30);
    private static readonly Duration Hour = Duration.FromHours(1);

    [Fact]
    public void FreeSlots_OrdinaryDay_EveryQuarterHourThatFitsInTheShift()
    {
        var schedule = Week(new WeeklyHours(IsoDayOfWeek.Monday, new LocalTime(8, 0), new LocalTime(10, 0)));

        var slots = Slots(schedule, HalfHour, "2026-03-23", "2026-03-24");

        Assert.Equal(["08:00+01", "08:15+01", "08:30+01", "08:45+01", "09:00+01", "09:15+01", "09:30+01"], slots.Select(Local));
        Assert.Equal(Instant.FromUtc(2026, 3, 23, 7, 0), slots[0].Start);
        Assert.All(slots, s => Assert.Equal(HalfHour, s.Duration));
    }

    [Fact]
    public void FreeSlots_SpringForwardSunday_LocalHoursKeepTheirWallClockTime()
    {
        var schedule = Week(
            new WeeklyHours(IsoDayOfWeek.Saturday, new LocalTime(8, 0), new LocalTime(9, 0)),
            new WeeklyHours(IsoDayOfWeek.Sunday, new LocalTime(8, 0), new LocalTime(9, 0)));

        var slots = Slots(schedule, Hour, "2026-03-28", "2026-03-30");

        // 08:00 is 07:00 UTC on Saturday (CET) and 06:00 UTC on Sunday (CEST).
        Assert.Equal([Instant.FromUtc(2026, 3, 28, 7, 0), Instant.FromUtc(2026, 3, 29, 6, 0)], slots.Select(s => s.Start));
        Assert.Equal(["08:00+01", "08:00+02"], slots.Select(Local));
    }

    [Fact]
    public void FreeSlots_ShiftAcrossTheSpringGap_IsThreeRealHoursAndNeverOffersAMissingTime()
    {
        var schedule = Week(new WeeklyHours(IsoDayOfWeek.Sunday, new LocalTime(1, 0), new LocalTime(5, 0)));

        var slots = Slots(schedule, Hour, "2026-03-29", "2026-03-30");

        Assert.Equal(Instant.FromUtc(2026, 3, 29, 0, 0), slots[0].Start);
        Assert.Equal(Instant.FromUtc(2026, 3, 29, 3, 0), slots[^1].End);
        Assert.Equal(9, slots.Count); // 00:00Z to 02:00Z every 15 minutes
        Assert.DoesNotContain(slots, s => s.Start.InZone(Warsaw).Hour == 2);
        Assert.Contains("03:00+02", slots.Select(Local));
        Assert.All(slots, s => Assert.Equal(Hour, s.Duration));
    }

    [Fact]
    public void FreeSlots_ShiftAcrossTheAutumnChange_IsFiveRealHoursAndOffersTheRepeatedHourTwice()
    {
        var schedule = Week(new WeeklyHours(IsoDayOfWeek.Sunday, new LocalTime(1, 0), new LocalTime(5, 0)));

        var slots = Slots(schedule, Hour, "2026-10-25", "2026-10-26");

        Assert.Equal(Instant.FromUtc(2026, 10, 24, 23, 0), slots[0].Start);
        Assert.Equal(Instant.FromUtc(2026, 10, 25, 4, 0), slots[^1].End);
        Assert.Equal(17, slots.Count);
        Assert.Contains("02:00+02", slots.Select(Local));
        Assert.Contains("02:00+01", slots.Select(Local));
    }

    [Fact]
    public void FreeSlots_WeekAfterAutumnChange_WorkingHoursMoveInUtc()
    {
        var schedule = Week(
            new WeeklyHours(IsoDayOfWeek.Friday, new LocalTime(8, 0), new LocalTime(9, 0)),
            new WeeklyHours(IsoDayOfWeek.Monday, new LocalTime(8, 0), new LocalTime(9, 0)));

        var slots = Slots(schedule, Hour, "2026-10-23", "2026-10-27");

        Assert.Equal([Instant.FromUtc(2026, 10, 23, 6, 0), Instant.FromUtc(2026, 10, 26, 7, 0)], slots.Select(s => s.Start));
    }

    [Fact]
    public void FreeSlots_TimeOff_RemovesOverlappingSlotsButNotTouchingOnes()
    {
        var schedule = Week(new WeeklyHours(IsoDayOfWeek.Monday, new LocalTime(8, 0), new LocalTime(12, 0))) with
        {
            TimeOff = [new LocalPeriod(new LocalDateTime(2026, 3, 23, 9, 0), new LocalDateTime(2026, 3, 23, 10, 0))],
        };

        var slots = Slots(schedule, HalfHour, "2026-03-23", "2026-03-24");

        Assert.Equal(["08:00+01", "08:15+01", "08:30+01", "10:00+01", "10:15+01", "10:30+01", "10:45+01", "11:00+01", "11:15+01", "11:30+01"], slots.Select(Local));
    }

    [Fact]
    public void FreeSlots_AllDayTimeOffOnTheSpringSunday_LeavesNothing()
    {
        var schedule = Week(new WeeklyHours(IsoDayOfWeek.Sunday, new LocalTime(1, 0), new LocalTime(23, 0))) with
        {
            TimeOff = [new LocalPeriod(new LocalDateTime(2026, 3, 29, 0, 0), new LocalDateTime(2026, 3, 30, 0, 0))],
        };

        Assert.Empty(Slots(schedule, HalfHour, "2026-03-29", "2026-03-30"));
    }

    [Fact]
    public void FreeSlots_ExistingBooking_BlocksOverlapsOnly()
    {
        var busy = new Interval(At("2026-03-23T09:00+01"), At("2026-03-23T09:45+01"));
        var schedule = Week(new WeeklyHours(IsoDayOfWeek.Monday, new LocalTime(8, 30), new LocalTime(10, 30))) with { Busy = [busy] };

        var slots = Slots(schedule, HalfHour, "2026-03-23", "2026-03-24");

        Assert.Equal(["08:30+01", "09:45+01", "10:00+01"], slots.Select(Local));
    }

    [Fact]
    public void FreeSlots_RangeAndNow_StartInsideTheRangeAndNotInThePast()
    {
        var schedule = Week(new WeeklyHours(IsoDayOfWeek.Monday, new LocalTime(8, 0), new LocalTime(12, 0)));

        var slots = Availability.FreeSlots(schedule, HalfHour, At("2026-03-23T09:00+01"), At("2026-03-23T10:00+01"), notBefore: At("2026-03-23T09:20+01")).ToList();

        // 09:30 and 09:45 start inside the range (the 09:45 slot may end after it); 09:00 and 09:15 are past.
        Assert.Equal(["09:30+01", "09:45+01"], slots.Select(Local));
    }

    [Fact]
    public void FreeSlots_LongerThanTheShift_Nothing()
    {
        var schedule = Week(new WeeklyHours(IsoDayOfWeek.Monday, new LocalTime(8, 0), new LocalTime(8, 45)));

        Assert.Empty(Slots(schedule, Hour, "2026-03-23", "2026-03-24"));
        Assert.Single(Slots(schedule, Duration.FromMinutes(45), "2026-03-23", "2026-03-24"));
    }

    [Theory]
    [InlineData("2026-03-23T08:00+01", 60, SlotFit.Fits)]
    [InlineData("2026-03-23T11:30+01", 30, SlotFit.Fits)]
    [InlineData("2026-03-23T11:45+01", 30, SlotFit.OutsideWorkingHours)]
    [InlineData("2026-03-23T07:45+01", 30, SlotFit.OutsideWorkingHours)]
    [InlineData("2026-03-24T08:00+01", 30, SlotFit.OutsideWorkingHours)]
    [InlineData("2026-03-23T09:45+01", 30, SlotFit.TimeOff)]
    [InlineData("2026-03-23T10:30+01", 45, SlotFit.Busy)]
    [InlineData("2026-03-23T10:45+01", 30, SlotFit.Busy)]
    [InlineData("2026-03-23T10:15+01", 30, SlotFit.Fits)]
    public void Check_Candidate_SaysWhyItDoesNotFit(string start, int minutes, SlotFit expected)
    {
        var schedule = Week(new WeeklyHours(IsoDayOfWeek.Monday, new LocalTime(8, 0), new LocalTime(12, 0))) with
        {
            TimeOff = [new LocalPeriod(new LocalDateTime(2026, 3, 23, 10, 0), new LocalDateTime(2026, 3, 23, 10, 15))],
            Busy = [new Interval(At("2026-03-23T11:00+01"), At("2026-03-23T11:15+01"))],
        };

        var (fit, _) = Availability.Check(schedule, new Interval(At(start), At(start) + Duration.FromMinutes(minutes)));

        Assert.Equal(expected, fit);
    }

    [Theory]
    [InlineData("2026-03-29T03:00+02", true)]
    [InlineData("2026-03-29T03:10+02", false)]
    [InlineData("2026-10-25T02:45+01", true)]
    public void IsOnGrid_QuarterHours(string start, bool expected) => Assert.Equal(expected, Availability.IsOnGrid(At(start)));

    private static Schedule Week(params WeeklyHours[] hours) => new(Warsaw, hours, [], []);

    private static List<Interval> Slots(Schedule schedule, Duration length, string from, string to) =>
        [.. Availability.FreeSlots(schedule, length, Warsaw.AtStartOfDay(LocalDatePattern.Iso.Parse(from).Value).ToInstant(), Warsaw.AtStartOfDay(LocalDatePattern.Iso.Parse(to).Value).ToInstant())];

    private static Instant At(string text) => OffsetDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mmo<+HH>").Parse(text).Value.ToInstant();

    private static string Local(Interval slot) =>
        OffsetDateTimePattern.CreateWithInvariantCulture("HH':'mmo<+HH>").Format(slot.Start.InZone(Warsaw).ToOffsetDateTime());
}
