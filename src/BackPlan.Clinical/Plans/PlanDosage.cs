using BackPlan.Clinical.Screening;
using static BackPlan.Clinical.Plans.EvidenceSources;

namespace BackPlan.Clinical.Plans;

/// <summary>Sessions, weeks and minutes per session of the soft tissue course.</summary>
public sealed record PlanSchedule(int Sessions, int Weeks, int MinutesPerSession);

/// <summary>A row of the dosage table: the situation in words, the schedule, the review point and its source.</summary>
public sealed record DosageRow(string Situation, PlanSchedule Schedule, int ReviewAfterSession, string Source);

/// <summary>
/// The default dosage of plans.md. Where the table gives a range, BackPlan takes one value:
/// STarT Back low 3 sessions over 3 weeks (of "2–3 over 2–3 weeks", so the review after session 2
/// leaves a session to act on it); acute medium 4 sessions over 3 weeks (of "1–2 a week for 3
/// weeks"); subacute 45 minutes and chronic 60 minutes (the upper end, as in plans.md's example and
/// the ~1-hour sessions of Cherkin 2011 and Elder 2017). STarT Back high keeps its duration class's
/// schedule and reviews after session 3.
/// </summary>
public static class PlanDosage
{
    public static DosageRow Low { get; } = new("STarT Back low (any duration)", new(3, 3, 30), 2, NiceNg59);

    public static DosageRow AcuteMedium { get; } = new("acute (< 4 weeks), STarT Back medium", new(4, 3, 30), 3, Qaseem2017);

    public static DosageRow SubacuteMedium { get; } = new("subacute (4-12 weeks), STarT Back medium", new(6, 4, 45), 4, Preyde2000);

    public static DosageRow ChronicMedium { get; } = new("chronic (>= 12 weeks), STarT Back medium", new(10, 10, 60), 4, Cherkin2011);

    public const int HighRiskReviewAfterSession = 3;

    /// <summary>The row for a duration class and STarT Back group (low, medium or high).</summary>
    public static DosageRow For(DurationClass duration, string sbst)
    {
        if (sbst == "low")
        {
            return Low;
        }

        var row = duration switch
        {
            DurationClass.Acute => AcuteMedium,
            DurationClass.Subacute => SubacuteMedium,
            DurationClass.Chronic => ChronicMedium,
            _ => throw new ArgumentOutOfRangeException(nameof(duration)),
        };
        return sbst == "high"
            ? row with
            {
                Situation = row.Situation.Replace("medium", "high", StringComparison.Ordinal),
                ReviewAfterSession = HighRiskReviewAfterSession,
                Source = Hill2011,
            }
            : row;
    }

    /// <summary>Radicular signs shorten the review by one session, but not before session 2.</summary>
    public static int ShortenForRadicularSigns(int reviewAfterSession) => Math.Max(2, reviewAfterSession - 1);
}
