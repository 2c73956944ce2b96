namespace BackPlan.Web.Features.Alerts;

/// <summary>The kinds of <see cref="StaffAlert"/>; each has an <c>alert.{kind}</c> text in both languages.</summary>
public static class AlertKinds
{
    /// <summary>A red flag answered in any form (screening.md).</summary>
    public const string RedFlag = "red-flag";

    /// <summary>A pain rating of 7 or more in a check-in or the exercise log.</summary>
    public const string HighPain = "high-pain";

    /// <summary>The patient marked a home exercise as making things worse.</summary>
    public const string ExerciseWorse = "exercise-worse";

    /// <summary>Soreness of 7 or more in the post-session check.</summary>
    public const string Soreness = "soreness";

    /// <summary>An adverse event reported after a session.</summary>
    public const string AdverseEvent = "adverse-event";

    /// <summary>The patient pressed "flare-up" in the portal.</summary>
    public const string FlareUp = "flare-up";

    /// <summary>A practitioner outside the care team opened a record with a reason; addressed to the admins (decision 0040).</summary>
    public const string EmergencyAccess = "emergency-access";

    public static readonly IReadOnlyList<string> All = [RedFlag, HighPain, ExerciseWorse, Soreness, AdverseEvent, FlareUp, EmergencyAccess];
}
