namespace BackPlan.Clinical.HomeProgram;

/// <summary>
/// One exercise as prescribed by one approved program version: how many days a week, from the
/// local day the version was approved until (not including) the day a later version replaced it.
/// </summary>
public sealed record Prescription(string Exercise, decimal DaysPerWeek, DateOnly From, DateOnly? Until = null);

/// <summary>A day on which the patient logged an exercise as done (the clinic's local day).</summary>
public sealed record DoneDay(string Exercise, DateOnly Day);

/// <summary>Adherence over a window of local days: prescribed and done exercise-days, and done ÷ prescribed.</summary>
public sealed record AdherenceResult(int Days, decimal Prescribed, decimal Done, decimal? Percent);

/// <summary>
/// Home exercise adherence = done ÷ prescribed over the last N local days (7 and 28 are shown).
/// Prescribed exercise-days come from each exercise's days a week, pro rata over the days its
/// program was in force. Done days of an exercise count up to its prescription, so doing one
/// exercise every day does not make up for skipping another. Today counts only once something
/// was logged today: a patient who has not exercised yet this morning is not behind.
/// </summary>
public static class Adherence
{
    public const int Week = 7;
    public const int FourWeeks = 28;

    /// <summary>
    /// Adherence over the <paramref name="days"/> local days ending with <paramref name="today"/>;
    /// <paramref name="todayIsOver"/> counts that last day in any case (for a past week on a timeline).
    /// </summary>
    public static AdherenceResult Over(int days, DateOnly today, IEnumerable<Prescription> prescriptions, IEnumerable<DoneDay> done, bool todayIsOver = false)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(days, 1);
        var doneDays = done.ToList();
        var first = today.AddDays(1 - days);
        var last = todayIsOver || doneDays.Any(d => d.Day == today) ? today : today.AddDays(-1);
        decimal prescribed = 0, counted = 0;
        foreach (var p in prescriptions)
        {
            var from = Max(first, p.From);
            var until = p.Until is { } u ? Min(last, u.AddDays(-1)) : last;
            var activeDays = until.DayNumber - from.DayNumber + 1;
            if (activeDays <= 0)
            {
                continue;
            }

            var due = p.DaysPerWeek * activeDays / 7m;
            var did = doneDays.Where(d => d.Exercise == p.Exercise && d.Day >= from && d.Day <= until).Select(d => d.Day).Distinct().Count();
            prescribed += due;
            counted += Math.Min(did, due);
        }

        return new AdherenceResult(days, prescribed, counted, prescribed == 0 ? null : OneDecimal.Round(counted / prescribed * 100));
    }

    private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;
}
