namespace BackPlan.Clinical.Screening;

/// <summary>The urgency codes of screening.md, lowest to highest.</summary>
public static class Urgency
{
    public const string None = "none";
    public const string Routine = "routine";
    public const string Urgent = "urgent";
    public const string Emergency = "emergency";

    public static IReadOnlyList<string> All { get; } = [None, Routine, Urgent, Emergency];

    /// <summary>0 for none up to 3 for emergency; the highest rule that fires wins.</summary>
    public static int Rank(string urgency) => Math.Max(0, All.ToList().IndexOf(urgency));

    /// <summary>Emergency and urgent block treatment until a clinician records the referral or clearance.</summary>
    public static bool BlocksTreatment(string urgency) => Rank(urgency) >= Rank(Urgent);
}
