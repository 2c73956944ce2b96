using BackPlan.Clinical.Plans;
using static BackPlan.Clinical.Tests.Plans.PlanTestData;

namespace BackPlan.Clinical.Tests.Plans;

/// <summary>Each row of plans.md's default mapping, one finding at a time (subacute, STarT Back medium, nothing on screening).</summary>
public class PlanMappingTests
{
    // expected: "kind:what" where what is technique@region/side (soft tissue), the exercise or the topic code.
    [Theory]
    [InlineData("hypertonicity", "lumbar_paraspinals", "left", 2, "soft_tissue:soft_tissue_mobilization@lumbar_paraspinals/left", "exercise:lumbar_rotation")]
    [InlineData("hypertonicity", "hip_flexors", null, 3, "soft_tissue:soft_tissue_mobilization@hip_flexors/bilateral", "exercise:leg_swings")]
    [InlineData("hypertonicity", "lumbar_paraspinals", "right", 1, "soft_tissue:swedish_massage@lumbar_paraspinals/right", "exercise:lumbar_rotation")]
    [InlineData("trigger_points", "piriformis", "right", 2, "soft_tissue:trigger_point@piriformis/right", "soft_tissue:neuromuscular@piriformis/right", "exercise:piriformis_stretch")]
    [InlineData("trigger_points", "thoracic_paraspinals", "left", 2, "soft_tissue:trigger_point@thoracic_paraspinals/left", "soft_tissue:neuromuscular@thoracic_paraspinals/left", "exercise:thoracic_extension")]
    [InlineData("restricted_glide", "thoracolumbar_fascia", "bilateral", 2, "soft_tissue:active_release@thoracolumbar_fascia/bilateral", "exercise:cat_camel")]
    [InlineData("fascial_restriction", "hamstrings", "left", 2, "soft_tissue:myofascial_release@hamstrings/left", "exercise:hamstring_stretch")]
    [InlineData("tenderness", "gluteus_medius", "left", 2, "soft_tissue:swedish_massage@gluteus_medius/left")]
    [InlineData("reduced_flexion", null, null, 2, "exercise:knee_to_chest", "exercise:hamstring_stretch")]
    [InlineData("reduced_extension", null, null, 2, "exercise:prone_press_up", "exercise:hip_flexor_stretch")]
    [InlineData("reduced_lateral_flexion", null, "right", 2, "soft_tissue:myofascial_release@quadratus_lumborum/right", "exercise:standing_side_bend")]
    [InlineData("postural_fault", null, null, 2, "posture:posture_variety", "exercise:bird_dog", "exercise:glute_bridge")]
    [InlineData("low_endurance", null, null, 2, "exercise:curl_up", "exercise:side_bridge", "exercise:bird_dog", "exercise:graded_walking")]
    [InlineData("radicular_signs", null, "left", 2, "exercise:sciatic_nerve_slider", "education:leg_pain_nerve")]
    [InlineData("fear_avoidance", null, null, 2, "education:hurt_not_harm", "self_management:graded_activity")]
    [InlineData("poor_sleep", null, null, 2, "lifestyle:sleep_routine")]
    [InlineData("high_stress", null, null, 2, "exercise:diaphragmatic_breathing", "lifestyle:stress_care")]
    [InlineData("sedentary_work", null, null, 2, "posture:workstation_setup", "posture:movement_breaks")]
    [InlineData("low_activity", null, null, 2, "lifestyle:active_lifestyle")]
    public void Recommend_OneFinding_GivesItsMappedElements(string code, string? region, string? side, int severity, params string[] expected)
    {
        var plan = Recommend(Request(findings: [F(code, region, side, severity)]));

        var fromFinding = plan.Elements.Where(e => e.Reason.Contains($"finding {code} ", StringComparison.Ordinal)).Select(Describe).ToList();
        Assert.Equal(expected.Order(StringComparer.Ordinal), fromFinding.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Recommend_HypertonicityWhenAcute_UsesSwedishMassage()
    {
        var plan = Recommend(Request(findings: [F("hypertonicity", "quadratus_lumborum", "left", 3)], days: 10));

        Assert.Equal("swedish_massage", Assert.Single(plan.Elements, e => e.Kind == "soft_tissue").Technique);
    }

    [Fact]
    public void Recommend_Tenderness_IsLightPressure_AndMergesWithOtherWorkOnTheSameSpot()
    {
        var plan = Recommend(Request(findings: [F("tenderness", "gluteus_maximus", "left"), F("hypertonicity", "gluteus_maximus", "left", 1)]));

        var massage = Assert.Single(plan.Elements, e => e.Kind == "soft_tissue");
        Assert.Equal("swedish_massage", massage.Technique);
        Assert.Equal("light", massage.Pressure);
        Assert.Contains("finding tenderness", massage.Reason, StringComparison.Ordinal);
        Assert.Contains("finding hypertonicity", massage.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(10, "qaseem2017")]
    [InlineData(40, "preyde2000")]
    [InlineData(100, "cherkin2011")]
    public void Recommend_SoftTissue_CitesTheTrialForItsDurationClass(int days, string source)
    {
        var plan = Recommend(Request(findings: [F("fascial_restriction", "thoracolumbar_fascia")], days: days));

        Assert.Equal(source, Assert.Single(plan.Elements, e => e.Kind == "soft_tissue").Source);
    }

    [Fact]
    public void Recommend_NoFindings_StillGivesTheBasicPackage()
    {
        var plan = Recommend(Request());

        Assert.Equal(
            ["education:back_pain_basics", "education:stay_active", "education:when_to_seek_help", "exercise:bird_dog", "self_management:flare_up_plan"],
            plan.Elements.Select(Describe).Order(StringComparer.Ordinal));
        Assert.DoesNotContain(plan.Elements, e => e.Topic == "treatment_soreness");
    }

    [Fact]
    public void Recommend_WithSoftTissue_AddsSorenessEducation()
    {
        var plan = Recommend(Request(findings: [F("hypertonicity", "lumbar_paraspinals")]));

        var soreness = Assert.Single(plan.Elements, e => e.Topic == "treatment_soreness");
        Assert.Equal("cambron2007", soreness.Source);
    }

    [Fact]
    public void Recommend_TrunkEnduranceAlreadyThere_DoesNotAddTheCoreExerciseAgain()
    {
        var plan = Recommend(Request(findings: [F("low_endurance")]));

        var birdDog = Assert.Single(plan.Elements, e => e.Exercise == "bird_dog");
        Assert.Equal("finding low_endurance (severity 2)", birdDog.Reason);
    }

    [Fact]
    public void Recommend_StartBackHigh_AddsPsychologicallyInformedElementsWithoutTheFinding()
    {
        var plan = Recommend(Request(sbst: "high"));

        Assert.Equal(3, plan.ReviewAfterSession);
        Assert.Contains(plan.Elements, e => e is { Kind: "education", Topic: "hurt_not_harm", Source: "hill2011" } && e.Reason.Contains("STarT Back high", StringComparison.Ordinal));
        Assert.Contains(plan.Elements, e => e is { Kind: "self_management", Topic: "graded_activity", Source: "hill2011" });
    }

    [Fact]
    public void Recommend_StartBackHighWithFearAvoidance_MergesIntoOneElementWithBothReasons()
    {
        var plan = Recommend(Request(sbst: "high", findings: [F("fear_avoidance")]));

        var education = Assert.Single(plan.Elements, e => e.Topic == "hurt_not_harm");
        Assert.Contains("finding fear_avoidance", education.Reason, StringComparison.Ordinal);
        Assert.Contains("STarT Back high", education.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Recommend_StartBackLow_MakesSelfManagementTheCore()
    {
        var plan = Recommend(Request(sbst: "low"));

        Assert.Contains(plan.Elements, e => e is { Kind: "self_management", Topic: "home_programme" });
    }

    [Fact]
    public void Recommend_SameFindingTwice_GivesOneElementPerTarget()
    {
        var plan = Recommend(Request(findings: [F("reduced_flexion"), F("reduced_flexion", severity: 3)]));

        Assert.Single(plan.Elements, e => e.Exercise == "knee_to_chest");
    }

    internal static string Describe(PlanElement e) => e.Kind switch
    {
        "soft_tissue" => $"soft_tissue:{e.Technique}@{e.Region}/{e.Side}",
        "exercise" => $"exercise:{e.Exercise}",
        _ => $"{e.Kind}:{e.Topic}",
    };
}
