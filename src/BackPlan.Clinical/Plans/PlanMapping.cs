using static BackPlan.Clinical.Plans.EvidenceSources;
using static BackPlan.Clinical.Plans.PlanVocabulary;

namespace BackPlan.Clinical.Plans;

/// <summary>
/// One element a finding leads to. <see cref="Region"/> is a fixed region, or
/// <see cref="PlanMapping.FindingRegion"/> for the finding's own. <see cref="Exercise"/> is a
/// library code, or <see cref="PlanMapping.RegionMobility"/> / <see cref="PlanMapping.RegionStretch"/>
/// for the region's mobility or stretch exercise (<see cref="RegionInfo"/>).
/// <see cref="GentleTechnique"/> replaces <see cref="Technique"/> when the episode is acute or the
/// finding's severity is 1. <see cref="Source"/> <see cref="PlanMapping.SoftTissueSource"/> means
/// the trial behind soft tissue for the duration class. In <see cref="Aim"/>, "{where}" becomes
/// the region and side, "{region}" the region.
/// </summary>
public sealed record ElementRule(
    string Kind,
    string Aim,
    string Source,
    string? Technique = null,
    string? GentleTechnique = null,
    string? Region = null,
    string? Exercise = null,
    string? Topic = null,
    string? Pressure = null);

/// <summary>The elements a finding leads to, and in words anything else it changes in the plan.</summary>
public sealed record FindingRule(string Finding, IReadOnlyList<ElementRule> Elements, string? AlsoChanges = null);

/// <summary>The default mapping of plans.md (finding → aims and elements), as data a clinic could tune.</summary>
public static class PlanMapping
{
    public const string FindingRegion = "(finding)";
    public const string RegionMobility = "(region mobility)";
    public const string RegionStretch = "(region stretch)";
    public const string SoftTissueSource = "(soft tissue by duration)";

    public static IReadOnlyList<FindingRule> Rules { get; } =
    [
        new("hypertonicity",
        [
            new(SoftTissue, "ease raised tone in {where}", SoftTissueSource, Technique: "soft_tissue_mobilization", GentleTechnique: "swedish_massage", Region: FindingRegion),
            new(Exercise, "gentle mobility for {region}", NiceNg59, Exercise: RegionMobility),
        ]),
        new("trigger_points",
        [
            new(SoftTissue, "release trigger points in {where}", SoftTissueSource, Technique: "trigger_point", Region: FindingRegion),
            new(SoftTissue, "reduce trigger point sensitivity in {where}", SoftTissueSource, Technique: "neuromuscular", Region: FindingRegion),
            new(Exercise, "stretch {region}", NiceNg59, Exercise: RegionStretch),
        ]),
        new("restricted_glide",
        [
            new(SoftTissue, "restore tissue glide in {where}", SoftTissueSource, Technique: "active_release", Region: FindingRegion),
            new(Exercise, "active movement of {region} through the restricted range", NiceNg59, Exercise: RegionMobility),
        ]),
        new("fascial_restriction",
        [
            new(SoftTissue, "ease fascial restriction in {where}", SoftTissueSource, Technique: "myofascial_release", Region: FindingRegion),
            new(Exercise, "flexibility work for {region}", NiceNg59, Exercise: RegionStretch),
        ]),
        new("tenderness",
        [
            new(SoftTissue, "calm tenderness in {where}", SoftTissueSource, Technique: "swedish_massage", Region: FindingRegion, Pressure: Light),
        ]),
        new("reduced_flexion",
        [
            new(Exercise, "flexion mobility", NiceNg59, Exercise: "knee_to_chest"),
            new(Exercise, "hamstring flexibility", NiceNg59, Exercise: "hamstring_stretch"),
        ]),
        new("reduced_extension",
        [
            new(Exercise, "extension mobility", NiceNg59, Exercise: "prone_press_up"),
            new(Exercise, "hip flexor stretch", NiceNg59, Exercise: "hip_flexor_stretch"),
        ]),
        new("reduced_lateral_flexion",
        [
            new(SoftTissue, "ease restriction of side bending in {where}", SoftTissueSource, Technique: "myofascial_release", Region: "quadratus_lumborum"),
            new(Exercise, "side-bending mobility", NiceNg59, Exercise: "standing_side_bend"),
        ]),
        new("postural_fault",
        [
            new(Posture, "posture education", Preyde2000, Topic: "posture_variety"),
            new(Exercise, "trunk strengthening", NiceNg59, Exercise: "bird_dog"),
            new(Exercise, "hip strengthening", NiceNg59, Exercise: "glute_bridge"),
        ]),
        new("low_endurance",
        [
            new(Exercise, "trunk endurance: curl-up", NiceNg59, Exercise: "curl_up"),
            new(Exercise, "trunk endurance: side bridge", NiceNg59, Exercise: "side_bridge"),
            new(Exercise, "trunk endurance: bird-dog progressions", NiceNg59, Exercise: "bird_dog"),
            new(Exercise, "graded walking", NiceNg59, Exercise: "graded_walking"),
        ]),
        new("radicular_signs",
        [
            new(Exercise, "neural mobility, only if tolerated", George2021, Exercise: "sciatic_nerve_slider"),
            new(Education, "understand nerve-related leg pain and when to seek help", NiceNg59, Topic: "leg_pain_nerve"),
        ],
        "no deep techniques on the leg's nerve course (gluteal, piriformis and hamstring regions on the affected side); review one session earlier (not before session 2); warning: refer if worsening"),
        new("fear_avoidance",
        [
            new(Education, "pain education (psychologically informed)", George2021, Topic: "hurt_not_harm"),
            new(SelfManagement, "graded activity (psychologically informed)", Hill2011, Topic: "graded_activity"),
        ]),
        new("poor_sleep",
        [
            new(Lifestyle, "sleep education", Foster2018, Topic: "sleep_routine"),
        ]),
        new("high_stress",
        [
            new(Exercise, "relaxation and breathing", Qaseem2017, Exercise: "diaphragmatic_breathing"),
            new(Lifestyle, "stress education", Foster2018, Topic: "stress_care"),
        ]),
        new("sedentary_work",
        [
            new(Posture, "workstation advice", Preyde2000, Topic: "workstation_setup"),
            new(Posture, "movement breaks", Preyde2000, Topic: "movement_breaks"),
        ]),
        new("low_activity",
        [
            new(Lifestyle, "graded walking or other aerobic activity", NiceNg59, Topic: "active_lifestyle"),
        ]),
    ];

    public static FindingRule? For(string? finding) => Rules.FirstOrDefault(r => r.Finding == finding);

    /// <summary>The trial or guideline behind soft tissue work for a duration class (evidence.md §3.2, §7).</summary>
    public static string SoftTissueSourceFor(Screening.DurationClass duration) => duration switch
    {
        Screening.DurationClass.Acute => Qaseem2017,
        Screening.DurationClass.Subacute => Preyde2000,
        Screening.DurationClass.Chronic => Cherkin2011,
        _ => throw new ArgumentOutOfRangeException(nameof(duration)),
    };
}
