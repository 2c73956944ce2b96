namespace BackPlan.Web.Features.Sessions;

/// <summary>Immediate response to a technique, as the practitioner saw it at the end of the session.</summary>
public static class Responses
{
    public const string Better = "better";
    public const string Same = "same";
    public const string Worse = "worse";

    public static IReadOnlyList<string> All { get; } = [Better, Same, Worse];
}

/// <summary>
/// One technique applied in a session: plans.md technique, region and side codes, minutes,
/// pressure 1 (lightest) to 5 (firmest), the immediate response, and optionally the soft tissue
/// element of the approved plan it carries out (its index in that version's elements).
/// </summary>
public sealed record AppliedTechnique(
    string Technique,
    string Region,
    string? Side,
    int Minutes,
    int Pressure,
    string Response,
    string? ResponseNote,
    int? PlanElement);
