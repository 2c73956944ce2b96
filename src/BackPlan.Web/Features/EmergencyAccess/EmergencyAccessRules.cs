namespace BackPlan.Web.Features.EmergencyAccess;

/// <summary>The fixed terms of emergency access (decision 0040).</summary>
public static class EmergencyAccessRules
{
    /// <summary>How long a record stays open to the practitioner who broke the glass: one working day.</summary>
    public const int GrantHours = 8;

    public static readonly TimeSpan GrantDuration = TimeSpan.FromHours(GrantHours);

    /// <summary>Long enough that "x" or "urgent" alone is refused: the admins must be able to judge it.</summary>
    public const int ReasonMinLength = 15;

    public const int ReasonMaxLength = 500;

    public const string AuditAction = "patient.emergency-access";

    /// <summary>The ProblemDetails type of a refused API read: give a reason first.</summary>
    public const string ProblemType = "https://backplan.dev/problems/emergency-access-required";

    private const string NoReason = "Give the reason for opening this record.";
    private const string TooShort = "Say more: the reason has at least 15 characters.";
    private const string TooLong = "The reason has at most 500 characters.";

    public static IReadOnlyList<string> Messages { get; } = [NoReason, TooShort, TooLong];

    /// <summary>The reason's error, or null when it is acceptable.</summary>
    public static string? ReasonError(string? reason) => reason?.Trim() switch
    {
        null or "" => NoReason,
        { Length: < ReasonMinLength } => TooShort,
        { Length: > ReasonMaxLength } => TooLong,
        _ => null,
    };

    public static string PagePath(Guid patientId) => $"/patients/{patientId}/emergency-access";
}
