namespace BackPlan.Clinical.Screening;

/// <summary>The red-flag questions of screening.md (booleans, true = present), in BackPlan's own words.</summary>
public static class RedFlags
{
    public const string BladderChange = "rf.bladder_change";
    public const string BowelIncontinence = "rf.bowel_incontinence";
    public const string SaddleNumbness = "rf.saddle_numbness";
    public const string SexualDysfunctionNew = "rf.sexual_dysfunction_new";
    public const string BilateralLegSymptoms = "rf.bilateral_leg_symptoms";
    public const string LegWeaknessProgressive = "rf.leg_weakness_progressive";
    public const string CancerHistory = "rf.cancer_history";
    public const string WeightLossUnexplained = "rf.weight_loss_unexplained";
    public const string NightPainConstant = "rf.night_pain_constant";
    public const string Fever = "rf.fever";
    public const string Immunosuppressed = "rf.immunosuppressed";
    public const string IvDrugUse = "rf.iv_drug_use";
    public const string RecentInfectionOrProcedure = "rf.recent_infection_or_procedure";
    public const string MajorTrauma = "rf.major_trauma";
    public const string MinorTrauma = "rf.minor_trauma";
    public const string OsteoporosisOrSteroids = "rf.osteoporosis_or_steroids";
    public const string CollapseOrFaint = "rf.collapse_or_faint";
    public const string PulsatileAbdominalMass = "rf.pulsatile_abdominal_mass";
    public const string InflammatoryPattern = "rf.inflammatory_pattern";
    public const string ThoracicPain = "rf.thoracic_pain";

    public static IReadOnlyList<ScreeningItem> Items { get; } =
    [
        new(BladderChange, "Since the back pain began, have you had new trouble passing urine, been unable to go, felt less when urine flows, or leaked urine?"),
        new(BowelIncontinence, "Have you newly lost control of your bowels, or lost feeling when you open your bowels?"),
        new(SaddleNumbness, "Is there numbness or changed feeling between your legs, around your back passage or genitals (where you would sit on a saddle)?"),
        new(SexualDysfunctionNew, "Have you noticed new problems with sexual function (for example erection or sensation)?"),
        new(BilateralLegSymptoms, "Do you have pain, numbness or tingling in both legs, or has it spread from one leg to both?"),
        new(LegWeaknessProgressive, "Are your legs badly weak or getting weaker, does a foot drop or catch, or has your walking changed?"),
        new(CancerHistory, "Have you ever had cancer, or do you have it now?"),
        new(WeightLossUnexplained, "Have you lost weight recently without trying?"),
        new(NightPainConstant, "Is the pain there all night, whatever position you lie in?"),
        new(Fever, "Have you had a fever, chills or shivers, or felt generally unwell?"),
        new(Immunosuppressed, "Is your immune system weakened (for example by medicines, HIV, a transplant or chemotherapy)?"),
        new(IvDrugUse, "Do you inject drugs, or have you done so recently?"),
        new(RecentInfectionOrProcedure, "Have you recently had a bacterial infection (such as a urine infection), or a spinal injection or operation?"),
        new(MajorTrauma, "Did the pain start after a big accident, such as a fall from a height or a road accident?"),
        new(MinorTrauma, "Did the pain start just after a small fall, a strain or lifting something?"),
        new(OsteoporosisOrSteroids, "Do you have thin bones (osteoporosis), or have you taken steroid tablets for a long time?"),
        new(CollapseOrFaint, "With this new back or tummy pain, have you fainted, collapsed or felt you were about to pass out?"),
        new(PulsatileAbdominalMass, "Have you felt a lump in your tummy that beats or throbs?"),
        new(InflammatoryPattern, "Did the back pain start before you were 45 and last more than 3 months, with stiffness in the morning or waking in the second half of the night, and does it ease when you move?"),
        new(ThoracicPain, "Is the pain mainly in your upper or middle back rather than your lower back?"),
    ];
}
