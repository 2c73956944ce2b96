namespace BackPlan.Clinical.Plans;

/// <summary>Whether a finding takes a region or a side (plans.md "each with region and side where it applies").</summary>
public enum Applies
{
    No,
    Optional,
    Required,
}

/// <summary>
/// A body region of plans.md. <see cref="Lumbar"/> regions are the ones <c>avoid_region:lumbar</c>
/// removes; <see cref="LegNerveCourse"/> regions lie over the sciatic nerve's course, where
/// radicular signs rule out deep techniques on the affected side. <see cref="Mobility"/> and
/// <see cref="Stretch"/> name the library exercises used when a mapping rule asks for "gentle
/// mobility" or "a stretch" of the region; <see cref="Activities"/> are the goal activities that
/// soft tissue work on the region is taken to serve.
/// </summary>
public sealed record RegionInfo(
    string Code,
    bool Lumbar,
    bool LegNerveCourse,
    string Mobility,
    string Stretch,
    IReadOnlyList<string> Activities);

/// <summary>A finding code of plans.md and whether it takes a region and a side.</summary>
public sealed record FindingInfo(string Code, string Meaning, Applies Region, Applies Side);

/// <summary>A soft tissue technique; deep ones are excluded by light-pressure and no-deep-pressure actions.</summary>
public sealed record TechniqueInfo(string Code, bool Deep, string NonDeepAlternative, string DefaultPressure);

/// <summary>The fixed vocabulary of plans.md as data (codes appear in data, APIs and exports).</summary>
public static class PlanVocabulary
{
    public const string Left = "left";
    public const string Right = "right";
    public const string Bilateral = "bilateral";

    public const string Light = "light";
    public const string Moderate = "moderate";
    public const string Deep = "deep";

    public static IReadOnlyList<string> Sides { get; } = [Left, Right, Bilateral];

    /// <summary>Pressure of a soft tissue element, lightest first.</summary>
    public static IReadOnlyList<string> Pressures { get; } = [Light, Moderate, Deep];

    public static IReadOnlyList<string> SbstGroups { get; } = ["low", "medium", "high"];

    public static IReadOnlyList<RegionInfo> Regions { get; } =
    [
        new("lumbar_paraspinals", true, false, "lumbar_rotation", "knee_to_chest", ["bending", "lifting", "sitting", "standing", "carrying", "gardening", "housework"]),
        new("quadratus_lumborum", true, false, "standing_side_bend", "side_reach_stretch", ["lifting", "carrying", "bending", "gardening", "sleeping", "housework"]),
        new("thoracolumbar_fascia", true, false, "cat_camel", "childs_pose", ["bending", "lifting", "dressing", "gardening"]),
        new("gluteus_maximus", false, true, "hip_circles", "glute_stretch", ["walking", "stairs", "sitting", "lifting", "running"]),
        new("gluteus_medius", false, true, "hip_circles", "glute_stretch", ["walking", "standing", "stairs", "running"]),
        new("piriformis", false, true, "hip_circles", "piriformis_stretch", ["sitting", "walking", "driving", "running"]),
        new("hip_flexors", false, false, "leg_swings", "hip_flexor_stretch", ["walking", "standing", "running", "stairs"]),
        new("hamstrings", false, true, "leg_swings", "hamstring_stretch", ["bending", "walking", "running", "sitting", "dressing"]),
        new("abdominals", false, false, "pelvic_tilt", "prone_press_up", ["lifting", "carrying", "standing"]),
        new("thoracic_paraspinals", false, false, "thoracic_rotation", "thoracic_extension", ["sitting", "driving", "housework", "sport"]),
    ];

    public static IReadOnlyList<FindingInfo> Findings { get; } =
    [
        new("hypertonicity", "raised tone or spasm", Applies.Required, Applies.Optional),
        new("trigger_points", "trigger points", Applies.Required, Applies.Optional),
        new("restricted_glide", "adhesion, restricted tissue sliding", Applies.Required, Applies.Optional),
        new("fascial_restriction", "fascial restriction", Applies.Required, Applies.Optional),
        new("tenderness", "tenderness", Applies.Required, Applies.Optional),
        new("reduced_flexion", "reduced forward bending", Applies.No, Applies.No),
        new("reduced_extension", "reduced backward bending", Applies.No, Applies.No),
        new("reduced_lateral_flexion", "reduced side bending (side = the restricted side)", Applies.No, Applies.Optional),
        new("postural_fault", "postural fault", Applies.No, Applies.No),
        new("low_endurance", "low trunk endurance", Applies.No, Applies.No),
        new("radicular_signs", "nerve-root pain down the leg (side = the affected leg)", Applies.No, Applies.Optional),
        new("fear_avoidance", "fear of movement, avoidance", Applies.No, Applies.No),
        new("poor_sleep", "poor sleep", Applies.No, Applies.No),
        new("high_stress", "high stress", Applies.No, Applies.No),
        new("sedentary_work", "sedentary work", Applies.No, Applies.No),
        new("low_activity", "low physical activity", Applies.No, Applies.No),
    ];

    /// <summary>
    /// The techniques; the deep set is plans.md's (the same as <c>Contraindications.DeepTechniques</c>).
    /// A deep technique that must not be used is replaced by its non-deep alternative at light pressure.
    /// </summary>
    public static IReadOnlyList<TechniqueInfo> Techniques { get; } =
    [
        new("swedish_massage", false, "swedish_massage", Moderate),
        new("soft_tissue_mobilization", false, "soft_tissue_mobilization", Moderate),
        new("myofascial_release", false, "myofascial_release", Moderate),
        new("active_release", true, "soft_tissue_mobilization", Deep),
        new("trigger_point", true, "myofascial_release", Deep),
        new("deep_friction", true, "soft_tissue_mobilization", Deep),
        new("instrument_assisted", true, "myofascial_release", Deep),
        new("neuromuscular", false, "neuromuscular", Moderate),
    ];

    public const string SoftTissue = "soft_tissue";
    public const string Exercise = "exercise";
    public const string Education = "education";
    public const string Posture = "posture";
    public const string Lifestyle = "lifestyle";
    public const string SelfManagement = "self_management";
    public const string Referral = "referral";

    /// <summary>Element kinds in the order a program lists them.</summary>
    public static IReadOnlyList<string> ElementKinds { get; } = [SoftTissue, Exercise, Education, Posture, Lifestyle, SelfManagement, Referral];

    public static RegionInfo? Region(string? code) => Regions.FirstOrDefault(r => r.Code == code);

    public static FindingInfo? Finding(string? code) => Findings.FirstOrDefault(f => f.Code == code);

    public static TechniqueInfo? Technique(string? code) => Techniques.FirstOrDefault(t => t.Code == code);

    public static bool IsDeep(string? technique) => Technique(technique)?.Deep ?? false;

    public static bool IsLumbar(string? region) => Region(region)?.Lumbar ?? false;

    /// <summary>Whether two sides overlap (bilateral overlaps both).</summary>
    public static bool SidesOverlap(string? a, string? b) =>
        a is null || b is null || a == Bilateral || b == Bilateral || a == b;
}
