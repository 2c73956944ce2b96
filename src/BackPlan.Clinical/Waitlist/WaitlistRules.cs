namespace BackPlan.Clinical.Waitlist;

/// <summary>Who is offered a freed slot first: a patient in a flare-up before everyone else.</summary>
public enum WaitlistPriority
{
    FlareUp = 0,
    Normal = 1,
}

/// <summary>The parts of the day a patient can come; none set means any time.</summary>
[Flags]
public enum TimesOfDay
{
    Any = 0,
    Morning = 1,
    Afternoon = 2,
    Evening = 4,
}

/// <summary>A cancelled appointment's time, in the clinic's local time: whose, which day, from when, how long.</summary>
public sealed record FreedSlot(Guid PractitionerId, DateOnly Date, TimeOnly Start, int Minutes);

/// <summary>What a waiting patient asked for: a practitioner (null: any), the visit's length, a date range and times of day.</summary>
public sealed record WaitlistWish(Guid? PractitionerId, int Minutes, DateOnly Earliest, DateOnly Latest, TimesOfDay Times);

/// <summary>A patient's place in the queue.</summary>
public sealed record WaitlistPlace(WaitlistPriority Priority, DateTime JoinedAt);

/// <summary>
/// The waitlist's rules: whether a freed slot suits a waiting patient, and the order in which
/// patients are offered it (flare-ups first, then whoever joined first).
/// </summary>
public static class WaitlistRules
{
    /// <summary>A flare-up puts the patient in line for the next two weeks.</summary>
    public const int FlareUpDays = 14;

    /// <summary>Morning before 12:00, afternoon before 17:00, evening after.</summary>
    public static TimesOfDay PartOfDay(TimeOnly start) =>
        start.Hour < 12 ? TimesOfDay.Morning : start.Hour < 17 ? TimesOfDay.Afternoon : TimesOfDay.Evening;

    /// <summary>The visit fits in the freed time with the wanted practitioner, on a wanted day, at a wanted time of day.</summary>
    public static bool Fits(WaitlistWish wish, FreedSlot slot)
    {
        ArgumentNullException.ThrowIfNull(wish);
        ArgumentNullException.ThrowIfNull(slot);
        return wish.Minutes <= slot.Minutes
            && (wish.PractitionerId is null || wish.PractitionerId == slot.PractitionerId)
            && slot.Date >= wish.Earliest && slot.Date <= wish.Latest
            && (wish.Times == TimesOfDay.Any || (wish.Times & PartOfDay(slot.Start)) != 0);
    }

    /// <summary>Flare-ups first, then by the time they joined; stable for equal places.</summary>
    public static IEnumerable<T> InOrder<T>(IEnumerable<T> entries, Func<T, WaitlistPlace> place) =>
        entries.OrderBy(e => place(e).Priority).ThenBy(e => place(e).JoinedAt);
}
