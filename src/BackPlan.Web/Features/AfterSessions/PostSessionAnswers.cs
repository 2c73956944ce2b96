using BackPlan.Clinical.Sessions;

namespace BackPlan.Web.Features.AfterSessions;

/// <summary>The patient's answers as posted by the form (kept after a failed post).</summary>
public sealed class PostSessionAnswers
{
    public const string SorenessMissing = "Choose a number from 0 (none) to 10 (worst imaginable).";
    public const string SettledMissing = "Say whether it has settled.";
    public const string UnexpectedTooLong = "Please keep this under 2000 characters.";

    public static readonly IReadOnlyList<string> Messages = [SorenessMissing, SettledMissing, UnexpectedTooLong];

    public int? Soreness { get; set; }

    public string? Unexpected { get; set; }

    public string? Settled { get; set; }

    public Dictionary<string, string[]> Validate()
    {
        var errors = new Dictionary<string, string[]>();
        if (Soreness is not { } soreness || !PostSessionCheckRule.IsValidSoreness(soreness))
        {
            errors[nameof(Soreness)] = [SorenessMissing];
        }

        if (Settled is null || !SettledAnswers.All.Contains(Settled))
        {
            errors[nameof(Settled)] = [SettledMissing];
        }

        if (Unexpected?.Length > 2000)
        {
            errors[nameof(Unexpected)] = [UnexpectedTooLong];
        }

        return errors;
    }
}
