using BackPlan.Clinical.Plans;
using CsCheck;
using static BackPlan.Clinical.Tests.Plans.PlanGenerators;
using static BackPlan.Clinical.Tests.Plans.PlanTestData;

namespace BackPlan.Clinical.Tests.Plans;

public class PlanRevisionTests
{
    [Fact]
    public void Revise_TechniqueUsedBefore_IsSwappedForANonDeepAlternative()
    {
        var request = Request(findings: [F("restricted_glide", "quadratus_lumborum", "left")]);
        var first = Recommend(request);
        Assert.Contains(first.Elements, e => e.Technique == "active_release");

        var revised = PlanRevision.Revise(Recommend(request), first.Elements);

        var swapped = Assert.Single(revised.Elements, e => e.Kind == "soft_tissue" && e.Region == "quadratus_lumborum");
        Assert.Equal("soft_tissue_mobilization", swapped.Technique);
        Assert.NotEqual("deep", swapped.Pressure);
        Assert.Contains("revised at review: active_release", swapped.Reason, StringComparison.Ordinal);
        Assert.Contains(revised.Warnings, w => w.Code == PlanRevision.Revised && w.Message.Contains("active_release → soft_tissue_mobilization", StringComparison.Ordinal));
    }

    [Fact]
    public void Revise_SubacuteThirtyMinutes_LengthensSessionsBy15()
    {
        var request = Request(findings: [F("hypertonicity", "lumbar_paraspinals", "bilateral")]);
        var first = Recommend(request);

        var revised = PlanRevision.Revise(first, first.Elements);

        Assert.Equal(first.Schedule!.MinutesPerSession + PlanRevision.MinutesStep, revised.Schedule!.MinutesPerSession);
        Assert.Equal(first.Schedule.Sessions, revised.Schedule.Sessions);
    }

    [Fact]
    public void Revise_AlreadySixtyMinutes_StaysAtSixty()
    {
        var fresh = Recommend(Request(findings: [F("tenderness", "lumbar_paraspinals", "left")]));
        fresh = fresh with { Schedule = fresh.Schedule! with { MinutesPerSession = 60 } };

        Assert.Equal(60, PlanRevision.Revise(fresh, fresh.Elements).Schedule!.MinutesPerSession);
    }

    [Fact]
    public void Revise_TechniqueNotUsedBefore_IsKept()
    {
        var request = Request(findings: [F("fascial_restriction", "thoracolumbar_fascia", "bilateral")]);

        var revised = PlanRevision.Revise(Recommend(request), previous: []);

        Assert.Contains(revised.Elements, e => e.Technique == "myofascial_release" && e.Region == "thoracolumbar_fascia");
    }

    [Fact]
    public void Revise_TwoTechniquesWithTheSameAlternative_KeepsOneElementPerRegion()
    {
        var first = Recommend(Request(findings: [F("trigger_points", "gluteus_medius", "right")]));
        Assert.Equal(2, first.Elements.Count(e => e.Kind == "soft_tissue"));

        var revised = PlanRevision.Revise(first, first.Elements);

        var soft = Assert.Single(revised.Elements, e => e.Kind == "soft_tissue");
        Assert.Equal("myofascial_release", soft.Technique);
    }

    [Fact]
    public void Revise_ReferralOnly_IsUnchanged()
    {
        var referral = Recommend(Request(present: ["rf.bladder_change"]));

        Assert.Same(referral, PlanRevision.Revise(referral, referral.Elements));
    }

    [Fact]
    public void Revise_AnyValidRequest_KeepsEveryInvariantAndNeverAddsADeepTechnique()
    {
        Requests().Sample(request =>
        {
            var first = Recommend(request);
            var revised = PlanRevision.Revise(Recommend(request), first.Elements);
            var violations = PlanInvariants.Check(revised.Elements, Screen(request), request.Goals!.Select(g => g!), request.Sbst, request.Findings);
            Assert.True(violations.Count == 0, string.Join(" | ", violations.Select(v => $"{v.Invariant}: {v.Message}")));
            var deepBefore = first.Elements.Where(e => PlanVocabulary.Technique(e.Technique)?.Deep == true).Select(e => (e.Technique, e.Region, e.Side)).ToHashSet();
            Assert.All(revised.Elements.Where(e => PlanVocabulary.Technique(e.Technique)?.Deep == true), e => Assert.DoesNotContain((e.Technique, e.Region, e.Side), deepBefore));
            Assert.Equal(revised, PlanRevision.Revise(Recommend(request), first.Elements), RevisionComparer.Instance);
        }, iter: 300, print: Print);
    }

    /// <summary>Records holding lists compare by reference; compare the JSON instead (invariant 7).</summary>
    private sealed class RevisionComparer : IEqualityComparer<PlanRecommendation>
    {
        public static readonly RevisionComparer Instance = new();

        public bool Equals(PlanRecommendation? x, PlanRecommendation? y) =>
            System.Text.Json.JsonSerializer.Serialize(x, Web) == System.Text.Json.JsonSerializer.Serialize(y, Web);

        public int GetHashCode(PlanRecommendation obj) => 0;
    }
}
