using System.Text.Json;
using BackPlan.Clinical.Plans;
using BackPlan.Clinical.Screening;
using CsCheck;
using static BackPlan.Clinical.Tests.Plans.PlanGenerators;
using static BackPlan.Clinical.Tests.Plans.PlanTestData;

namespace BackPlan.Clinical.Tests.Plans;

/// <summary>The seven invariants of plans.md as properties over random valid requests.</summary>
public class PlanPropertyTests
{
    private const int Iterations = 400;

    private static (PlanRecommendation Plan, ScreeningResult Screening) Run(PlanRequest request) =>
        (Recommend(request), Screen(request));

    [Fact]
    public void Recommend_AnyValidRequest_PassesEveryCheckableInvariant()
    {
        Requests().Sample(request =>
        {
            var (plan, screening) = Run(request);
            var violations = PlanInvariants.Check(plan.Elements, screening, request.Goals!.Select(g => g!), request.Sbst, request.Findings);
            Assert.True(violations.Count == 0, string.Join(" | ", violations.Select(v => $"{v.Invariant}: {v.Message}")));
        }, iter: Iterations, print: Print);
    }

    [Fact]
    public void Recommend_SoftTissue_AlwaysComesWithExerciseAndEducation()
    {
        Requests().Sample(request =>
        {
            var plan = Recommend(request);
            return !plan.Elements.Any(e => e.Kind == "soft_tissue")
                || (plan.Elements.Any(e => e.Kind == "exercise") && plan.Elements.Any(e => e.Kind == "education"));
        }, iter: Iterations, print: Print);
    }

    [Fact]
    public void Recommend_EmergencyOrUrgentOrBlocking_IsASingleReferralNamingWhatFired()
    {
        Requests().Sample(request =>
        {
            var (plan, screening) = Run(request);
            if (screening.MayTreat)
            {
                Assert.NotNull(plan.Schedule);
                return;
            }

            var referral = Assert.Single(plan.Elements);
            Assert.Equal("referral", referral.Kind);
            Assert.Null(plan.Schedule);
            Assert.Null(plan.ReviewAfterSession);
            Assert.All(screening.Rules.Where(r => Urgency.BlocksTreatment(r.Level)), r => Assert.Contains(r.Rule, referral.Reason, StringComparison.Ordinal));
            Assert.All(screening.Contraindications.Where(c => Contraindications.BlockingActions.Contains(c.Action)), c => Assert.Contains(c.Code, referral.Reason, StringComparison.Ordinal));
        }, iter: Iterations, print: Print);
    }

    [Theory]
    [InlineData("rf.bladder_change")]
    [InlineData("rf.major_trauma")]
    [InlineData("rf.fever")]
    [InlineData("rf.cancer_history")]
    [InlineData("ci.dvt_suspected")]
    [InlineData("ci.fever_acute_illness")]
    [InlineData("ci.pregnancy")]
    public void Recommend_WithABlockingAnswer_IsReferralOnly(string code)
    {
        Requests(code).Sample(request =>
        {
            var plan = Recommend(request);
            return plan.Elements is [{ Kind: "referral" }] && plan.Elements[0].Reason.Length > 0;
        }, iter: 100, print: Print);
    }

    [Theory]
    [InlineData("ci.anticoagulants")]
    [InlineData("ci.bleeding_disorder")]
    [InlineData("ci.neuropathy_or_fragile_skin")]
    [InlineData("ci.osteoporosis")]
    [InlineData("ci.recent_fracture")]
    public void Recommend_WithLightPressureOrNoDeepPressure_NeverHasADeepTechniqueOrDeepPressure(string code)
    {
        Requests(code).Sample(request =>
        {
            var plan = Recommend(request);
            return plan.Elements.All(e => !PlanVocabulary.IsDeep(e.Technique) && e.Pressure != "deep");
        }, iter: Iterations, print: Print);
    }

    [Theory]
    [InlineData("ci.anticoagulants")]
    [InlineData("ci.bleeding_disorder")]
    public void Recommend_WithLightPressureOnly_AllSoftTissueIsLight(string code)
    {
        Requests(code).Sample(request =>
            Recommend(request).Elements.Where(e => e.Kind == "soft_tissue").All(e => e.Pressure == "light"),
            iter: Iterations, print: Print);
    }

    [Theory]
    [InlineData("ci.skin_lesion_lumbar")]
    [InlineData("ci.recent_surgery_lumbar")]
    public void Recommend_WithAvoidLumbar_NeverHasSoftTissueOnALumbarRegion(string code)
    {
        Requests(code).Sample(request =>
        {
            var plan = Recommend(request);
            return plan.Elements.All(e => e.Kind != "soft_tissue" || e.Region is not ("lumbar_paraspinals" or "quadratus_lumborum" or "thoracolumbar_fascia"));
        }, iter: Iterations, print: Print);
    }

    [Fact]
    public void Recommend_RadicularSigns_NoDeepTechniqueOnTheLegNerveCourseOfThatSide()
    {
        Requests().Sample(request =>
        {
            var plan = Recommend(request);
            var sides = request.Findings!.Where(f => f!.Code == "radicular_signs").Select(f => f!.Side ?? "bilateral").ToList();
            return plan.Elements.All(e => e.Kind != "soft_tissue"
                || !PlanVocabulary.IsDeep(e.Technique)
                || !PlanVocabulary.Region(e.Region)!.LegNerveCourse
                || !sides.Any(s => PlanVocabulary.SidesOverlap(s, e.Side)));
        }, iter: Iterations, print: Print);
    }

    [Fact]
    public void Recommend_EveryElement_HasReasonAndKnownSource()
    {
        Requests().Sample(request =>
            Recommend(request).Elements.All(e => !string.IsNullOrWhiteSpace(e.Reason) && EvidenceSources.IsKnown(e.Source)),
            iter: Iterations, print: Print);
    }

    [Fact]
    public void Recommend_StartBackHigh_HasPainEducationGradedActivityAndReviewBySession3()
    {
        Requests().Where(r => r.Sbst == "high").Sample(request =>
        {
            var (plan, screening) = Run(request);
            return !screening.MayTreat
                || (plan.ReviewAfterSession <= 3
                    && plan.Elements.Any(e => e.Kind == "education" && e.Topic == "hurt_not_harm")
                    && plan.Elements.Any(e => e.Kind == "self_management" && e.Topic == "graded_activity"));
        }, iter: Iterations, print: Print);
    }

    [Fact]
    public void Recommend_EveryGoal_IsServedByAnElementUnlessReferralOnly()
    {
        Requests().Sample(request =>
        {
            var (plan, screening) = Run(request);
            return !screening.MayTreat || request.Goals!.All(g => plan.Elements.Any(e => e.Serves.Contains(g!.Id!)));
        }, iter: Iterations, print: Print);
    }

    [Fact]
    public void Recommend_SameInputTwice_GivesTheSameJson()
    {
        Requests().Sample(request =>
        {
            var copy = JsonSerializer.Deserialize<PlanRequest>(JsonSerializer.Serialize(request, Web), Web)!;
            return JsonSerializer.Serialize(Recommend(request), Web) == JsonSerializer.Serialize(Recommend(copy), Web);
        }, iter: Iterations, print: Print);
    }

    [Fact]
    public void Recommend_Program_ListsElementsByKindAndReviewsWithinTheCourse()
    {
        var kinds = PlanVocabulary.ElementKinds.ToList();
        Requests().Sample(request =>
        {
            var plan = Recommend(request);
            var ranks = plan.Elements.Select(e => kinds.IndexOf(e.Kind)).ToList();
            return ranks.SequenceEqual(ranks.Order())
                && (plan.Schedule is null || (plan.ReviewAfterSession >= 2 && plan.ReviewAfterSession < plan.Schedule.Sessions))
                && plan.Elements.All(e => e.Serves.Distinct().Count() == e.Serves.Count);
        }, iter: Iterations, print: Print);
    }
}
