namespace BackPlan.Web.Features.AfterSessions;

/// <summary>The adverse-event form as posted (kept after a failed post).</summary>
public sealed class AdverseEventInput
{
    public const string DescriptionMissing = "Describe what happened.";
    public const string DescriptionTooLong = "Please keep this under 2000 characters.";
    public const string OccurredMissing = "Give the date it happened.";
    public const string OccurredFuture = "The date cannot be in the future.";
    public const string ResolvedBefore = "The date it resolved cannot be before it happened.";

    public static readonly IReadOnlyList<string> Messages = [DescriptionMissing, DescriptionTooLong, OccurredMissing, OccurredFuture, ResolvedBefore];

    public string? Description { get; set; }

    public AdverseEventSeverity Severity { get; set; } = AdverseEventSeverity.Mild;

    public AdverseEventOutcome Outcome { get; set; } = AdverseEventOutcome.Ongoing;

    public DateOnly? OccurredOn { get; set; }

    public DateOnly? ResolvedOn { get; set; }

    public Dictionary<string, string[]> Validate(DateOnly today)
    {
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(Description))
        {
            errors[nameof(Description)] = [DescriptionMissing];
        }
        else if (Description.Length > 2000)
        {
            errors[nameof(Description)] = [DescriptionTooLong];
        }

        if (OccurredOn is not { } occurred)
        {
            errors[nameof(OccurredOn)] = [OccurredMissing];
        }
        else if (occurred > today)
        {
            errors[nameof(OccurredOn)] = [OccurredFuture];
        }
        else if (ResolvedOn is { } resolved && resolved < occurred)
        {
            errors[nameof(ResolvedOn)] = [ResolvedBefore];
        }

        return errors;
    }
}
