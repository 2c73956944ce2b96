namespace BackPlan.Clinical.Sessions;

/// <summary>
/// What a patient's answers after a session call for. Mild soreness for a day or two after soft
/// tissue work is common and expected; strong soreness (7 or more on 0–10, the same line as the
/// high-pain alert) or anything the patient did not expect is for the practitioner to look at,
/// and an unexpected reaction is a possible adverse event to be recorded.
/// </summary>
public static class PostSessionCheckRule
{
    public const int MinSoreness = 0;
    public const int MaxSoreness = 10;
    public const int SorenessAlertAt = 7;

    public static bool IsValidSoreness(int soreness) => soreness is >= MinSoreness and <= MaxSoreness;

    public static bool SorenessAlerts(int soreness) => soreness >= SorenessAlertAt;

    /// <summary>Any words in "anything unexpected" count: the patient decided it was worth saying.</summary>
    public static bool ReportsUnexpected(string? unexpected) => !string.IsNullOrWhiteSpace(unexpected);
}
