namespace BackPlan.Clinical.Screening;

/// <summary>
/// Contraindications and precautions for soft tissue treatment (screening.md; evidence.md §4.3:
/// a weak evidence base, so these are defaults, not a validated standard).
/// </summary>
public static class Contraindications
{
    public const string NoTreatment = "no_treatment";
    public const string Postpone = "postpone";
    public const string MedicalClearance = "medical_clearance";
    public const string LightPressureOnly = "light_pressure_only";
    public const string NoDeepPressure = "no_deep_pressure";

    /// <summary>Actions that stop treatment until a clinician records clearance.</summary>
    public static IReadOnlyList<string> BlockingActions { get; } = [NoTreatment, Postpone, MedicalClearance];

    /// <summary>Actions that rule out the deep techniques.</summary>
    public static IReadOnlyList<string> DeepPressureActions { get; } = [LightPressureOnly, NoDeepPressure];

    /// <summary>The deep techniques (plans.md) excluded by light-pressure and no-deep-pressure actions.</summary>
    public static IReadOnlyList<string> DeepTechniques { get; } = ["active_release", "deep_friction", "instrument_assisted", "trigger_point"];

    public static IReadOnlyList<ContraindicationItem> Items { get; } =
    [
        new("ci.dvt_suspected", "Do you have a known or suspected blood clot, or a painful, swollen calf?", [NoTreatment]),
        new("ci.fever_acute_illness", "Do you have a fever or feel acutely ill today?", [Postpone]),
        new("ci.anticoagulants", "Do you take blood thinners or medicines that stop blood clotting (such as warfarin, apixaban or clopidogrel)?", [LightPressureOnly]),
        new("ci.bleeding_disorder", "Do you have a bleeding disorder or a low platelet count?", [LightPressureOnly]),
        new("ci.skin_lesion_lumbar", "Is there a wound, rash, burn or skin infection over your lower back?", ["avoid_region:lumbar"]),
        new("ci.recent_fracture", "Have you broken a bone in the last 3 months?", ["avoid_region:fracture_site", NoDeepPressure]),
        new("ci.osteoporosis", "Do you have osteoporosis or fragile bones?", [NoDeepPressure]),
        new("ci.recent_surgery_lumbar", "Have you had back surgery in the last 6 weeks?", ["avoid_region:lumbar"]),
        new("ci.cancer_active", "Are you being treated for cancer at the moment?", [MedicalClearance]),
        new("ci.pregnancy", "Are you pregnant?", ["modify:positioning", MedicalClearance]),
        new("ci.uncontrolled_hypertension", "Do you have high blood pressure that is not under control?", [MedicalClearance]),
        new("ci.neuropathy_or_fragile_skin", "Do you have numb areas, nerve damage, or skin that tears or bruises easily?", [LightPressureOnly]),
    ];
}
