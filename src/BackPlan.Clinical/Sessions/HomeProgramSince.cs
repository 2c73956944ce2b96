using BackPlan.Clinical.HomeProgram;

namespace BackPlan.Clinical.Sessions;

/// <summary>One row of the patient's exercise log: the local day, done or not, the pain given (0–10) and "made it worse".</summary>
public sealed record LoggedExercise(string Exercise, DateOnly Day, bool Done, int? Pain, bool MadeWorse);

/// <summary>
/// The home program between two visits, for the session note's pre-draft: adherence through
/// <see cref="Adherence.Over"/> over the local days after the last visit up to the visit day (which
/// counts only once something was logged that day, as on the patient's own page), the exercises
/// marked "made it worse" and the highest pain given to an exercise in those days.
/// </summary>
public static class HomeProgramSince
{
    /// <summary>Null when nothing was prescribed before the visit (no home program to speak of).</summary>
    public static HomeProgramFact? Of(DateOnly? lastVisit, DateOnly visitDay, IReadOnlyCollection<Prescription> prescriptions, IReadOnlyCollection<LoggedExercise> log, Func<string, string> nameOf)
    {
        ArgumentNullException.ThrowIfNull(prescriptions);
        ArgumentNullException.ThrowIfNull(log);
        ArgumentNullException.ThrowIfNull(nameOf);
        var inForce = prescriptions.Where(p => p.From <= visitDay).ToList();
        if (inForce.Count == 0)
        {
            return null;
        }

        // The first visit of a program: everything since the program was first approved.
        var first = lastVisit is { } last ? last.AddDays(1) : inForce.Min(p => p.From);
        var days = visitDay.DayNumber - first.DayNumber + 1;
        if (days < 1)
        {
            return null;
        }

        var window = log.Where(l => l.Day >= first && l.Day <= visitDay).ToList();
        var adherence = Adherence.Over(days, visitDay, inForce, window.Where(l => l.Done).Select(l => new DoneDay(l.Exercise, l.Day)));
        var worse = window.Where(l => l.MadeWorse).OrderBy(l => l.Day).Select(l => nameOf(l.Exercise)).Distinct(StringComparer.Ordinal).ToList();
        var pain = window.Where(l => l.Pain is not null).Select(l => l.Pain).Max();
        return new HomeProgramFact(adherence.Done, adherence.Prescribed, adherence.Percent, worse, pain);
    }
}
