namespace BackPlan.Web.Features.Amendments;

/// <summary>A patient's correction request (portal form and <c>POST /api/v1/me/amendments</c>).</summary>
public sealed class AmendmentInput
{
    public string? WhatIsWrong { get; set; }

    public string? ShouldSay { get; set; }

    public Dictionary<string, string[]> Validate()
    {
        var errors = new Dictionary<string, string[]>();
        AmendmentText.Check(errors, nameof(WhatIsWrong), WhatIsWrong, "Say what in your record is wrong.");
        AmendmentText.Check(errors, nameof(ShouldSay), ShouldSay, "Say what it should say instead.");
        return errors;
    }
}

/// <summary>Staff's decision: accept (noting what was changed) or deny (with the reason).</summary>
public sealed class AmendmentDecisionInput
{
    /// <summary>"accept" or "deny".</summary>
    public string? Decision { get; set; }

    public string? Note { get; set; }

    public Dictionary<string, string[]> Validate()
    {
        var errors = new Dictionary<string, string[]>();
        if (Decision is not ("accept" or "deny"))
        {
            errors[nameof(Decision)] = ["Choose to accept or to deny the request."];
        }

        AmendmentText.Check(errors, nameof(Note), Note, Decision == "deny" ? "Give the reason for the denial: the patient will read it." : "Say what you changed in the record.");
        return errors;
    }
}

/// <summary>The patient's statement of disagreement with a denial.</summary>
public sealed class DisagreementInput
{
    public string? Statement { get; set; }

    public Dictionary<string, string[]> Validate()
    {
        var errors = new Dictionary<string, string[]>();
        AmendmentText.Check(errors, nameof(Statement), Statement, "Write your statement of disagreement.");
        return errors;
    }
}

public static class AmendmentText
{
    public const string TooLong = "Keep it under 2000 characters.";

    public static IReadOnlyList<string> Messages { get; } =
    [
        TooLong, "Say what in your record is wrong.", "Say what it should say instead.", "Choose to accept or to deny the request.",
        "Give the reason for the denial: the patient will read it.", "Say what you changed in the record.", "Write your statement of disagreement.",
    ];

    internal static void Check(Dictionary<string, string[]> errors, string field, string? text, string missing)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            errors[field] = [missing];
        }
        else if (text.Trim().Length > AmendmentRequest.TextMaxLength)
        {
            errors[field] = [TooLong];
        }
    }
}
