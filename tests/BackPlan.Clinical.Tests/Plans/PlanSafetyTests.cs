using BackPlan.Clinical.Plans;
using static BackPlan.Clinical.Tests.Plans.PlanTestData;

namespace BackPlan.Clinical.Tests.Plans;

/// <summary>Screening and radicular signs in the plan: referral only, replaced and removed soft tissue, warnings.</summary>
public class PlanSafetyTests
{
    private static readonly PlanFinding[] Mixed =
    [
        F("restricted_glide", "quadratus_lumborum", "left"),
        F("trigger_points", "lumbar_paraspinals", "right"),
        F("trigger_points", "piriformis", "left"),
        F("hypertonicity", "gluteus_medius", "right"),
        F("low_endurance"),
    ];

    [Fact]
    public void Recommend_CaudaEquina_IsASingleEmergencyReferral()
    {
        var plan = Recommend(Request(findings: Mixed, present: ["rf.bladder_change", "ci.anticoagulants"], goals: [new("psfs.1", "walk")]));

        var referral = Assert.Single(plan.Elements);
        Assert.Equal("referral", referral.Kind);
        Assert.Equal("screening: cauda_equina (emergency: rf.bladder_change)", referral.Reason);
        Assert.Equal("finucane2020", referral.Source);
        Assert.Equal("now", referral.Dosage!.Frequency);
        Assert.StartsWith("emergency medical assessment today", referral.Aim, StringComparison.Ordinal);
        Assert.Null(plan.Schedule);
        Assert.Null(plan.ReviewAfterSession);
        Assert.Equal("subacute", plan.DurationClass);
        Assert.Contains(plan.Warnings, w => w.Code == "referral");
        Assert.Contains(plan.Warnings, w => w.Code == "red_flag" && w.Message.Contains("cauda_equina", StringComparison.Ordinal));
    }

    [Fact]
    public void Recommend_Urgent_IsReferralOnlyNamingEveryBlockingRule()
    {
        var plan = Recommend(Request(findings: Mixed, present: ["rf.fever", "rf.weight_loss_unexplained"]));

        var referral = Assert.Single(plan.Elements);
        Assert.Equal("screening: malignancy (urgent: rf.weight_loss_unexplained); infection (urgent: rf.fever)", referral.Reason);
        Assert.StartsWith("medical review within days", referral.Aim, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ci.dvt_suspected", "no treatment until medical clearance")]
    [InlineData("ci.fever_acute_illness", "postpone the session until the acute illness has passed")]
    [InlineData("ci.cancer_active", "medical clearance before treatment")]
    [InlineData("ci.uncontrolled_hypertension", "medical clearance before treatment")]
    public void Recommend_BlockingContraindication_IsReferralOnlyWithTheAction(string code, string aim)
    {
        var plan = Recommend(Request(findings: Mixed, present: [code]));

        var referral = Assert.Single(plan.Elements);
        Assert.Equal(aim, referral.Aim);
        Assert.Contains(code, referral.Reason, StringComparison.Ordinal);
        Assert.Equal("nccih", referral.Source);
    }

    [Fact]
    public void Recommend_Pregnancy_IsReferralOnlyWithAPositioningWarning()
    {
        var plan = Recommend(Request(findings: Mixed, present: ["ci.pregnancy"]));

        Assert.Equal("referral", Assert.Single(plan.Elements).Kind);
        Assert.Contains(plan.Warnings, w => w.Code == "positioning" && w.Message.Contains("side-lying", StringComparison.Ordinal));
    }

    [Fact]
    public void Recommend_AvoidLumbar_RemovesLumbarSoftTissueKeepsTheRestAndWarns()
    {
        var plan = Recommend(Request(findings: Mixed, present: ["ci.skin_lesion_lumbar"]));

        var softTissue = plan.Elements.Where(e => e.Kind == "soft_tissue").Select(e => e.Region).Distinct().Order(StringComparer.Ordinal);
        Assert.Equal(["gluteus_medius", "piriformis"], softTissue);
        var warning = Assert.Single(plan.Warnings, w => w.Code == "region_avoided");
        Assert.Contains("ci.skin_lesion_lumbar", warning.Message, StringComparison.Ordinal);
        Assert.Contains("active_release on quadratus_lumborum (left)", warning.Message, StringComparison.Ordinal);
        Assert.Contains(plan.Elements, e => e.Exercise == "standing_side_bend");
    }

    [Fact]
    public void Recommend_Anticoagulants_ReplacesEveryDeepTechniqueAtLightPressure()
    {
        var plan = Recommend(Request(findings: Mixed, present: ["ci.anticoagulants"]));

        Assert.DoesNotContain(plan.Elements, e => PlanVocabulary.IsDeep(e.Technique));
        Assert.All(plan.Elements.Where(e => e.Kind == "soft_tissue"), e => Assert.Equal("light", e.Pressure));
        Assert.Contains(plan.Elements, e => e is { Technique: "myofascial_release", Region: "lumbar_paraspinals", Side: "right" } && e.Reason.Contains("trigger_point replaced", StringComparison.Ordinal));
        Assert.Equal(3, plan.Warnings.Count(w => w.Code == "deep_technique_replaced"));
        Assert.Contains(plan.Warnings, w => w.Code == "pressure_limited");
    }

    [Fact]
    public void Recommend_Osteoporosis_ExcludesDeepTechniquesButKeepsModeratePressure()
    {
        var plan = Recommend(Request(findings: Mixed, present: ["ci.osteoporosis"]));

        Assert.DoesNotContain(plan.Elements, e => PlanVocabulary.IsDeep(e.Technique) || e.Pressure == "deep");
        Assert.Contains(plan.Elements, e => e is { Technique: "neuromuscular", Pressure: "moderate" });
    }

    [Fact]
    public void Recommend_RecentFracture_WarnsToExcludeTheSite()
    {
        var plan = Recommend(Request(findings: Mixed, present: ["ci.recent_fracture"]));

        Assert.Contains(plan.Warnings, w => w.Code == "fracture_site" && w.Message.Contains("ci.recent_fracture", StringComparison.Ordinal));
        Assert.DoesNotContain(plan.Elements, e => PlanVocabulary.IsDeep(e.Technique));
    }

    [Fact]
    public void Recommend_RadicularLeft_ReplacesDeepWorkOnTheLeftLegNerveCourseOnly()
    {
        var plan = Recommend(Request(findings:
        [
            F("radicular_signs", side: "left"),
            F("trigger_points", "piriformis", "left"),
            F("trigger_points", "piriformis", "right"),
            F("restricted_glide", "hamstrings", "bilateral"),
            F("restricted_glide", "quadratus_lumborum", "left"),
        ]));

        Assert.Contains(plan.Elements, e => e is { Technique: "trigger_point", Region: "piriformis", Side: "right" });
        Assert.DoesNotContain(plan.Elements, e => e is { Technique: "trigger_point", Side: "left" });
        Assert.Contains(plan.Elements, e => e is { Technique: "myofascial_release", Region: "piriformis", Side: "left", Pressure: "light" });
        Assert.Contains(plan.Elements, e => e is { Technique: "soft_tissue_mobilization", Region: "hamstrings", Side: "bilateral", Pressure: "light" });
        Assert.Contains(plan.Elements, e => e is { Technique: "active_release", Region: "quadratus_lumborum" });
        var warning = Assert.Single(plan.Warnings, w => w.Code == "radicular_signs");
        Assert.Contains("Refer for medical review if leg symptoms worsen", warning.Message, StringComparison.Ordinal);
        Assert.Contains("review after session 3", warning.Message, StringComparison.Ordinal);
        Assert.Contains(plan.Elements, e => e.Exercise == "sciatic_nerve_slider" && e.Aim.Contains("only if tolerated", StringComparison.Ordinal));
    }

    [Fact]
    public void Recommend_RadicularWithoutSide_ProtectsBothLegs()
    {
        var plan = Recommend(Request(findings: [F("radicular_signs"), F("trigger_points", "gluteus_maximus", "right")]));

        Assert.DoesNotContain(plan.Elements, e => PlanVocabulary.IsDeep(e.Technique));
    }

    [Fact]
    public void Recommend_RoutineRedFlag_KeepsTheProgramAndAddsAReferral()
    {
        var plan = Recommend(Request(findings: Mixed, present: ["rf.inflammatory_pattern"]));

        Assert.NotNull(plan.Schedule);
        var referral = Assert.Single(plan.Elements, e => e.Kind == "referral");
        Assert.Equal("screening: inflammatory (routine: rf.inflammatory_pattern)", referral.Reason);
        Assert.Equal("referral", plan.Elements[^1].Kind);
        Assert.Contains(plan.Warnings, w => w.Code == "red_flag" && w.Message.StartsWith("Routine referral", StringComparison.Ordinal));
    }
}
