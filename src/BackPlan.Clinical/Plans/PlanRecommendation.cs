namespace BackPlan.Clinical.Plans;

/// <summary>
/// The recommended program in the JSON shape of plans.md. When screening blocks treatment
/// (invariant 2) there is no program: <see cref="Elements"/> holds a single referral element and
/// <see cref="Schedule"/> and <see cref="ReviewAfterSession"/> are null.
/// </summary>
public sealed record PlanRecommendation(
    string DurationClass,
    PlanSchedule? Schedule,
    int? ReviewAfterSession,
    IReadOnlyList<PlanElement> Elements,
    IReadOnlyList<PlanWarning> Warnings);

/// <summary>
/// One element of a program, as recommended or as edited in the plan builder. <see cref="Kind"/>
/// is a plans.md element kind; <see cref="Technique"/>, <see cref="Region"/>, <see cref="Side"/>
/// and <see cref="Pressure"/> (light, moderate, deep) apply to soft tissue; <see cref="Exercise"/>
/// is an exercise library code, <see cref="Topic"/> an education/posture/lifestyle/self-management
/// topic code. <see cref="Reason"/> names the finding, goal or risk behind it and
/// <see cref="Source"/> is a key of <see cref="EvidenceSources"/> (invariant 4).
/// <see cref="Serves"/> lists the PSFS goal ids it serves (invariant 6).
/// </summary>
public sealed record PlanElement(
    string Kind,
    string? Technique,
    string? Region,
    string? Side,
    string Aim,
    string? Pressure,
    string? Exercise,
    string? Topic,
    Dosage? Dosage,
    string Reason,
    string Source,
    IReadOnlyList<string> Serves);

/// <summary>Something the practitioner must know about the recommendation: a stable code and a plain message.</summary>
public sealed record PlanWarning(string Code, string Message);

/// <summary>The warning codes.</summary>
public static class PlanWarnings
{
    public const string Referral = "referral";
    public const string RedFlag = "red_flag";
    public const string Contraindication = "contraindication";
    public const string DeepTechniqueReplaced = "deep_technique_replaced";
    public const string RegionAvoided = "region_avoided";
    public const string FractureSite = "fracture_site";
    public const string Positioning = "positioning";
    public const string PressureLimited = "pressure_limited";
    public const string Radicular = "radicular_signs";
}
