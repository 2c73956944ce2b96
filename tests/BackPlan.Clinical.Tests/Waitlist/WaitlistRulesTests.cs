using BackPlan.Clinical.Waitlist;

namespace BackPlan.Clinical.Tests.Waitlist;

/// <summary>Which waiting patients a freed slot suits, and in which order they are offered it.</summary>
public class WaitlistRulesTests
{
    private static readonly Guid Anna = Guid.NewGuid();
    private static readonly Guid Piotr = Guid.NewGuid();
    private static readonly DateOnly Day = new(2026, 12, 3);

    private static FreedSlot Slot(int minutes = 45, int hour = 10, Guid? practitioner = null) =>
        new(practitioner ?? Anna, Day, new TimeOnly(hour, 0), minutes);

    private static WaitlistWish Wish(int minutes = 45, Guid? practitioner = null, int fromDays = -1, int toDays = 7, TimesOfDay times = TimesOfDay.Any) =>
        new(practitioner, minutes, Day.AddDays(fromDays), Day.AddDays(toDays), times);

    [Fact]
    public void Fits_AnyPractitionerSameLengthWithinRange_Fits() => Assert.True(WaitlistRules.Fits(Wish(), Slot()));

    [Theory]
    [InlineData(30, 45, true)]
    [InlineData(45, 45, true)]
    [InlineData(60, 45, false)]
    public void Fits_VisitLength_MustFitTheFreedTime(int wanted, int freed, bool fits) =>
        Assert.Equal(fits, WaitlistRules.Fits(Wish(minutes: wanted), Slot(minutes: freed)));

    [Fact]
    public void Fits_OtherPractitionerWanted_DoesNotFit()
    {
        Assert.False(WaitlistRules.Fits(Wish(practitioner: Piotr), Slot(practitioner: Anna)));
        Assert.True(WaitlistRules.Fits(Wish(practitioner: Anna), Slot(practitioner: Anna)));
    }

    [Theory]
    [InlineData(0, 0, true)]
    [InlineData(1, 5, false)]
    [InlineData(-5, -1, false)]
    public void Fits_SlotDay_MustBeWithinTheRange(int fromDays, int toDays, bool fits) =>
        Assert.Equal(fits, WaitlistRules.Fits(Wish(fromDays: fromDays, toDays: toDays), Slot()));

    [Theory]
    [InlineData(9, TimesOfDay.Morning, true)]
    [InlineData(11, TimesOfDay.Afternoon, false)]
    [InlineData(12, TimesOfDay.Afternoon, true)]
    [InlineData(17, TimesOfDay.Morning | TimesOfDay.Afternoon, false)]
    [InlineData(18, TimesOfDay.Morning | TimesOfDay.Evening, true)]
    [InlineData(18, TimesOfDay.Any, true)]
    public void Fits_TimesOfDay_OnlyTheChosenParts(int hour, TimesOfDay times, bool fits) =>
        Assert.Equal(fits, WaitlistRules.Fits(Wish(times: times), Slot(hour: hour)));

    [Fact]
    public void InOrder_FlareUpsFirst_ThenByJoinTime()
    {
        var start = new DateTime(2026, 11, 1, 8, 0, 0, DateTimeKind.Utc);
        var entries = new[]
        {
            ("early normal", new WaitlistPlace(WaitlistPriority.Normal, start)),
            ("late flare-up", new WaitlistPlace(WaitlistPriority.FlareUp, start.AddDays(5))),
            ("later normal", new WaitlistPlace(WaitlistPriority.Normal, start.AddDays(1))),
            ("early flare-up", new WaitlistPlace(WaitlistPriority.FlareUp, start.AddDays(2))),
        };

        var order = WaitlistRules.InOrder(entries, e => e.Item2).Select(e => e.Item1);

        Assert.Equal(["early flare-up", "late flare-up", "early normal", "later normal"], order);
    }
}
