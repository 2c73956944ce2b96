using BackPlan.Clinical.Plans;
using static BackPlan.Clinical.Tests.Plans.PlanTestData;

namespace BackPlan.Clinical.Tests.Plans;

/// <summary>PlanInvariants.Check on plans edited in the builder: each broken invariant is reported in plain words.</summary>
public class PlanInvariantsTests
{
    private static readonly PlanGoal[] NoGoals = [];

    private static PlanElement Soft(string technique = "swedish_massage", string region = "lumbar_paraspinals", string pressure = "moderate") =>
        new("soft_tissue", technique, region, "left", "ease tone", pressure, null, null, null, "finding hypertonicity", "preyde2000", []);

    private static PlanElement Exercise(string code = "bird_dog", params string[] serves) =>
        new("exercise", null, null, null, "core", null, code, null, null, "basic package", "nice-ng59", serves);

    private static PlanElement Topic(string kind, string code) =>
        new(kind, null, null, null, "education", null, null, code, null, "basic package", "nice-ng59", []);

    private static IReadOnlyList<PlanViolation> Check(IEnumerable<PlanElement> elements, string[]? present = null, PlanGoal[]? goals = null, string? sbst = null) =>
        PlanInvariants.Check(elements, Screen(Request(present: present)), goals ?? NoGoals, sbst);

    [Fact]
    public void Check_RecommendedPlan_HasNoViolations()
    {
        var request = Request(sbst: "high", findings: [F("restricted_glide", "piriformis", "left"), F("radicular_signs", side: "left")], present: ["ci.anticoagulants"], goals: [new("psfs.1", "walk the dog")]);

        Assert.Empty(PlanInvariants.Check(Recommend(request).Elements, Screen(request), request.Goals!.Select(g => g!), "high"));
    }

    [Fact]
    public void Check_DeepTechniqueOnNerveCourseWithRadicularSignsSameSide_BreaksInvariant3()
    {
        PlanElement[] plan = [Soft("active_release", "piriformis", "deep"), Exercise(), Topic("education", "back_pain_basics")];
        PlanFinding[] radicular = [F("radicular_signs", side: "left")];

        var violation = Assert.Single(PlanInvariants.Check(plan, Screen(Request()), NoGoals, findings: radicular));

        Assert.Equal(3, violation.Invariant);
        Assert.Contains("radicular", violation.Message, StringComparison.Ordinal);
        Assert.Empty(PlanInvariants.Check(plan, Screen(Request()), NoGoals, findings: [F("radicular_signs", side: "right")]));
        Assert.Empty(PlanInvariants.Check([Soft("myofascial_release", "piriformis"), Exercise(), Topic("education", "back_pain_basics")], Screen(Request()), NoGoals, findings: radicular));
    }

    [Fact]
    public void Check_SoftTissueWithoutExercise_BreaksInvariant1()
    {
        var violation = Assert.Single(Check([Soft(), Topic("education", "back_pain_basics")]));

        Assert.Equal(1, violation.Invariant);
        Assert.Contains("exercise", violation.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_SoftTissueWithoutEducation_BreaksInvariant1()
    {
        Assert.Equal([1], Check([Soft(), Exercise()]).Select(v => v.Invariant));
    }

    [Fact]
    public void Check_ProgramWhenScreeningBlocks_BreaksInvariant2()
    {
        var violations = Check([Exercise(), Topic("education", "back_pain_basics")], present: ["rf.bowel_incontinence"]);

        Assert.Equal([2, 2], violations.Select(v => v.Invariant));
        Assert.Contains(violations, v => v.Message.Contains("cauda_equina", StringComparison.Ordinal));
    }

    [Fact]
    public void Check_ReferralNamingWhatFired_PassesInvariant2()
    {
        var referral = new PlanElement("referral", null, null, null, "same-day emergency", null, null, null, null, "cauda_equina; ci.dvt_suspected", "finucane2020", []);

        Assert.Empty(Check([referral], present: ["rf.bowel_incontinence", "ci.dvt_suspected"]));
    }

    [Fact]
    public void Check_ExcludedDeepTechnique_BreaksInvariant3()
    {
        var violations = Check([Soft("active_release", "piriformis", "light"), Exercise(), Topic("education", "back_pain_basics")], present: ["ci.anticoagulants"]);

        var violation = Assert.Single(violations);
        Assert.Equal(3, violation.Invariant);
        Assert.Contains("ci.anticoagulants", violation.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_PressureAboveLightWhenLightOnly_BreaksInvariant3()
    {
        Assert.Equal([3], Check([Soft("swedish_massage", "piriformis", "moderate"), Exercise(), Topic("education", "back_pain_basics")], present: ["ci.bleeding_disorder"]).Select(v => v.Invariant));
    }

    [Fact]
    public void Check_SoftTissueOnAvoidedLumbarRegion_BreaksInvariant3()
    {
        var violation = Assert.Single(Check([Soft(region: "quadratus_lumborum"), Exercise(), Topic("education", "back_pain_basics")], present: ["ci.recent_surgery_lumbar"]));

        Assert.Equal(3, violation.Invariant);
        Assert.Contains("ci.recent_surgery_lumbar", violation.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_MissingReasonOrUnknownSource_BreaksInvariant4()
    {
        var violations = Check([Exercise() with { Reason = " " }, Topic("education", "pacing") with { Source = "wikipedia" }]);

        Assert.Equal([4, 4], violations.Select(v => v.Invariant));
    }

    [Fact]
    public void Check_HighRiskWithoutFearAvoidanceElements_BreaksInvariant5()
    {
        var violations = Check([Exercise(), Topic("education", "back_pain_basics")], sbst: "high");

        Assert.Equal([5, 5], violations.Select(v => v.Invariant));
        Assert.Empty(Check([Exercise(), Topic("education", "hurt_not_harm"), Topic("self_management", "graded_activity")], sbst: "high"));
    }

    [Fact]
    public void Check_GoalServedByNothing_BreaksInvariant6()
    {
        var violation = Assert.Single(Check([Exercise("bird_dog", "psfs.1")], goals: [new("psfs.1", "lift"), new("psfs.2", "walk")]));

        Assert.Equal(6, violation.Invariant);
        Assert.Contains("psfs.2", violation.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_UnknownCodes_AreVocabularyViolations()
    {
        var violations = Check([Soft("cupping"), Exercise("headstand"), Topic("education", "astrology") with { Kind = "wellness" }]);

        Assert.Equal(4, violations.Count(v => v.Invariant == 0));
    }
}
