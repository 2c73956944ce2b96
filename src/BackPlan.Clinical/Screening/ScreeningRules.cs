using static BackPlan.Clinical.Screening.RedFlags;

namespace BackPlan.Clinical.Screening;

/// <summary>
/// The rules of screening.md as data, each firing on its own; the highest level wins.
/// Sources: IFOMPT framework (Finucane 2020), BASS 2018 for cauda equina, NICE NG234 (MSCC),
/// NG156 (AAA), NG65 (spondyloarthritis), Downie 2013 (malignancy and fracture); evidence.md §4.
/// </summary>
public static class ScreeningRules
{
    private static readonly string[] CaudaEquinaItems = [BladderChange, BowelIncontinence, SaddleNumbness, SexualDysfunctionNew];
    private static readonly string[] InfectionRisks = [Immunosuppressed, IvDrugUse, RecentInfectionOrProcedure];

    public static IReadOnlyList<ScreeningRule> All { get; } =
    [
        new("cauda_equina", Urgency.Emergency, "cauda equina syndrome",
            "any of bladder change, bowel incontinence, saddle numbness; or new sexual dysfunction with bilateral leg symptoms or progressive leg weakness")
        {
            Because = f => [.. f.Which(BladderChange, BowelIncontinence, SaddleNumbness), .. With(f, SexualDysfunctionNew, BilateralLegSymptoms, LegWeaknessProgressive)],
        },
        // "A cauda_equina item" is read as any item of that rule, sexual dysfunction included: the safer reading.
        new("cord_compression_cancer", Urgency.Emergency, "metastatic cord compression",
            "cancer history with progressive leg weakness, bilateral leg symptoms or a cauda equina item")
        {
            Because = f => With(f, CancerHistory, [LegWeaknessProgressive, BilateralLegSymptoms, .. CaudaEquinaItems]),
        },
        new("aaa", Urgency.Emergency, "aortic aneurysm", "collapse or faintness, or a pulsatile abdominal mass")
        {
            Because = f => f.Which(CollapseOrFaint, PulsatileAbdominalMass),
        },
        new("major_trauma", Urgency.Emergency, "fracture", "major trauma") { Because = f => f.Which(MajorTrauma) },
        new("infection_with_neuro", Urgency.Emergency, "spinal infection",
            "fever with progressive leg weakness or a cauda equina item")
        {
            Because = f => With(f, Fever, [LegWeaknessProgressive, .. CaudaEquinaItems]),
        },
        // "Alone" read as "is enough on its own": any of the three fires, whatever else is present.
        new("neuro_deficit", Urgency.Urgent, "progressive neurology",
            "progressive leg weakness, bilateral leg symptoms, or new sexual dysfunction, each on its own")
        {
            Because = f => f.Which(LegWeaknessProgressive, BilateralLegSymptoms, SexualDysfunctionNew),
        },
        new("malignancy", Urgency.Urgent, "spinal malignancy",
            "cancer history; or unexplained weight loss; or constant night pain with age over 50")
        {
            Because = f => [.. f.Which(CancerHistory, WeightLossUnexplained), .. f.Age > 50 ? f.Which(NightPainConstant) : []],
        },
        new("infection", Urgency.Urgent, "spinal infection",
            "fever (with or without a risk factor); or two or more of immunosuppression, IV drug use, recent infection or procedure")
        {
            Because = f => f.Has(Fever) ? [Fever, .. f.Which(InfectionRisks)] : f.Which(InfectionRisks) is { Count: >= 2 } risks ? risks : [],
        },
        new("fragility_fracture", Urgency.Urgent, "fracture",
            "minor trauma with osteoporosis or long-term steroids; or minor trauma with age 70 or over")
        {
            Because = f => f.Has(MinorTrauma) && (f.Has(OsteoporosisOrSteroids) || f.Age >= 70)
                ? [MinorTrauma, .. f.Which(OsteoporosisOrSteroids)]
                : [],
        },
        new("risk_factor_only", Urgency.Routine, "to be weighed by the clinician",
            "constant night pain with age 50 or under or not given; or exactly one infection risk factor; or osteoporosis or steroids without trauma")
        {
            Because = f =>
            [
                .. f.Age is null or <= 50 ? f.Which(NightPainConstant) : [],
                .. f.Which(InfectionRisks) is { Count: 1 } risk ? risk : [],
                .. f.Has(MinorTrauma) || f.Has(MajorTrauma) ? [] : f.Which(OsteoporosisOrSteroids),
            ],
        },
        new("inflammatory", Urgency.Routine, "axial spondyloarthritis", "inflammatory pattern") { Because = f => f.Which(InflammatoryPattern) },
        new("non_lumbar", Urgency.Routine, "other cause to rule out", "thoracic pain") { Because = f => f.Which(ThoracicPain) },
    ];

    /// <summary>The key item with those of the others that are present, or nothing when either side is absent.</summary>
    private static IReadOnlyList<string> With(Findings f, string key, params string[] others) =>
        f.Has(key) && f.Which(others) is { Count: > 0 } present ? [key, .. present] : [];
}
