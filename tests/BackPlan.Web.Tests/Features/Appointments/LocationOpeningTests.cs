using BackPlan.Web.Features.Appointments;
using NodaTime;
using NodaTime.Text;

namespace BackPlan.Web.Tests.Features.Appointments;

/// <summary>Working hours intersected with a location's opening hours (pure), across DST changes and zones.</summary>
public class LocationOpeningTests
{
    private static readonly DateTimeZone Warsaw = DateTimeZoneProviders.Tzdb["Europe/Warsaw"];
    private static readonly DateTimeZone NewYork = DateTimeZoneProviders.Tzdb["America/New_York"];
    private static readonly Guid Here = Guid.CreateVersion7();
    private static readonly Duration Hour = Duration.FromHours(1);

    [Fact]
    public void FreeSlots_OpeningHoursNarrowerThanWorkingHours_OnlyInsideBoth()
    {
        var schedule = Working(Warsaw, Day(IsoDayOfWeek.Monday, 8, 16)) with
        {
            Locations = [Open(Warsaw, Day(IsoDayOfWeek.Monday, 9, 11), Day(IsoDayOfWeek.Monday, 13, 20))],
        };

        var slots = Slots(schedule, Hour, "2026-03-23", "2026-03-24", Warsaw);

        Assert.Equal(["09:00+01", "09:15+01", "09:30+01", "09:45+01", "10:00+01", "13:00+01", "13:15+01", "13:30+01", "13:45+01", "14:00+01", "14:15+01", "14:30+01", "14:45+01", "15:00+01"], slots.Select(s => Local(s, Warsaw)));
    }

    [Fact]
    public void FreeSlots_SpringForwardSunday_IntersectionIsRealHoursAndSkipsTheGap()
    {
        // Working 00:00–12:00, open 01:00–05:00: on 29 March 2026 that is three real hours.
        var schedule = Working(Warsaw, Day(IsoDayOfWeek.Sunday, 0, 12)) with { Locations = [Open(Warsaw, Day(IsoDayOfWeek.Sunday, 1, 5))] };

        var slots = Slots(schedule, Hour, "2026-03-29", "2026-03-30", Warsaw);

        Assert.Equal(Instant.FromUtc(2026, 3, 29, 0, 0), slots[0].Start);
        Assert.Equal(Instant.FromUtc(2026, 3, 29, 3, 0), slots[^1].End);
        Assert.Equal(9, slots.Count);
        Assert.DoesNotContain(slots, s => s.Start.InZone(Warsaw).Hour == 2);
    }

    [Fact]
    public void FreeSlots_AutumnChangeSunday_IntersectionIsFiveRealHours()
    {
        var schedule = Working(Warsaw, Day(IsoDayOfWeek.Sunday, 0, 12)) with { Locations = [Open(Warsaw, Day(IsoDayOfWeek.Sunday, 1, 5))] };

        var slots = Slots(schedule, Hour, "2026-10-25", "2026-10-26", Warsaw);

        Assert.Equal(Instant.FromUtc(2026, 10, 24, 23, 0), slots[0].Start);
        Assert.Equal(Instant.FromUtc(2026, 10, 25, 4, 0), slots[^1].End);
        Assert.Equal(17, slots.Count); // 23:00Z to 03:00Z every 15 minutes
    }

    [Fact]
    public void Check_InsideWorkingHoursButOutsideOpening_IsLocationClosed()
    {
        var schedule = Working(Warsaw, Day(IsoDayOfWeek.Monday, 8, 16)) with { Locations = [Open(Warsaw, Day(IsoDayOfWeek.Monday, 9, 12))] };

        Assert.Equal(SlotFit.LocationClosed, Availability.Check(schedule, Slot("2026-03-23T08:00+01", Hour)).Fit);
        Assert.Equal(SlotFit.LocationClosed, Availability.Check(schedule, Slot("2026-03-23T11:30+01", Hour)).Fit);
        Assert.Equal(SlotFit.Fits, Availability.Check(schedule, Slot("2026-03-23T11:00+01", Hour)).Fit);
        Assert.Equal(SlotFit.OutsideWorkingHours, Availability.Check(schedule, Slot("2026-03-23T16:00+01", Hour)).Fit);
    }

    [Fact]
    public void Check_ClosedDayOrLocationOutOfUse_IsLocationClosed()
    {
        var closed = Working(Warsaw, Day(IsoDayOfWeek.Monday, 8, 16)) with
        {
            Locations = [new LocationOpening(Here, Warsaw, [], [new LocalDate(2026, 3, 23)])],
        };
        var unused = closed with { Locations = [new LocationOpening(Here, Warsaw, [], [], InUse: false)] };

        Assert.Equal(SlotFit.LocationClosed, Availability.Check(closed, Slot("2026-03-23T09:00+01", Hour)).Fit);
        Assert.Equal(SlotFit.Fits, Availability.Check(closed, Slot("2026-03-30T09:00+02", Hour)).Fit);
        Assert.Equal(SlotFit.LocationClosed, Availability.Check(unused, Slot("2026-03-30T09:00+02", Hour)).Fit);
        Assert.Empty(Slots(unused, Hour, "2026-03-23", "2026-03-31", Warsaw));
    }

    [Fact]
    public void FreeSlots_LocationWithoutOpeningHours_LimitsNothing()
    {
        var plain = Working(Warsaw, Day(IsoDayOfWeek.Monday, 8, 10));
        var withEmptyLocation = plain with { Locations = [new LocationOpening(Here, Warsaw, [], [])] };

        Assert.Equal(Slots(plain, Hour, "2026-03-23", "2026-03-24", Warsaw), Slots(withEmptyLocation, Hour, "2026-03-23", "2026-03-24", Warsaw));
        Assert.Equal(5, Slots(plain, Hour, "2026-03-23", "2026-03-24", Warsaw).Count);
    }

    [Fact]
    public void FreeSlots_LocationInAnotherZone_WorkingAndOpeningHoursAreItsLocalTime()
    {
        // The clinic is in Warsaw; this location is in New York, where DST began on 8 March 2026
        // and Warsaw's not until 29 March: New York is five hours behind, not six, on 23 March.
        var schedule = Working(Warsaw, Day(IsoDayOfWeek.Monday, 8, 17)) with { Locations = [Open(NewYork, Day(IsoDayOfWeek.Monday, 9, 11))] };

        var slots = Slots(schedule, Hour, "2026-03-23", "2026-03-24", NewYork);

        Assert.Equal(["09:00-04", "09:15-04", "09:30-04", "09:45-04", "10:00-04"], slots.Select(s => Local(s, NewYork)));
        Assert.Equal(Instant.FromUtc(2026, 3, 23, 13, 0), slots[0].Start);
        Assert.Same(NewYork, Availability.ZoneOf(schedule, schedule.Hours[0]));
    }

    private static WeeklyHours Day(IsoDayOfWeek day, int from, int to) => new(day, new LocalTime(from, 0), new LocalTime(to, 0), Here);

    private static Schedule Working(DateTimeZone clinic, params WeeklyHours[] hours) => new(clinic, hours, [], []);

    private static LocationOpening Open(DateTimeZone zone, params WeeklyHours[] hours) => new(Here, zone, hours, []);

    private static List<Interval> Slots(Schedule schedule, Duration length, string from, string to, DateTimeZone zone) =>
        [.. Availability.FreeSlots(schedule, length, zone.AtStartOfDay(LocalDatePattern.Iso.Parse(from).Value).ToInstant(), zone.AtStartOfDay(LocalDatePattern.Iso.Parse(to).Value).ToInstant())];

    private static Interval Slot(string start, Duration length)
    {
        var at = OffsetDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mmo<+HH>").Parse(start).Value.ToInstant();
        return new Interval(at, at + length);
    }

    private static string Local(Interval slot, DateTimeZone zone) =>
        OffsetDateTimePattern.CreateWithInvariantCulture("HH':'mmo<+HH>").Format(slot.Start.InZone(zone).ToOffsetDateTime());
}
