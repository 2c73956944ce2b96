using BackPlan.Clinical.Screening;

namespace BackPlan.Clinical.Tests.Screening;

public class ContraindicationTests
{
    private static readonly string[] Deep = ["active_release", "deep_friction", "instrument_assisted", "trigger_point"];

    [Theory]
    [InlineData("ci.dvt_suspected", false, false, "no_treatment")]
    [InlineData("ci.fever_acute_illness", false, false, "postpone")]
    [InlineData("ci.anticoagulants", true, true, "light_pressure_only")]
    [InlineData("ci.bleeding_disorder", true, true, "light_pressure_only")]
    [InlineData("ci.skin_lesion_lumbar", true, false, "avoid_region:lumbar")]
    [InlineData("ci.recent_fracture", true, true, "avoid_region:fracture_site", "no_deep_pressure")]
    [InlineData("ci.osteoporosis", true, true, "no_deep_pressure")]
    [InlineData("ci.recent_surgery_lumbar", true, false, "avoid_region:lumbar")]
    [InlineData("ci.cancer_active", false, false, "medical_clearance")]
    [InlineData("ci.pregnancy", false, false, "modify:positioning", "medical_clearance")]
    [InlineData("ci.uncontrolled_hypertension", false, false, "medical_clearance")]
    [InlineData("ci.neuropathy_or_fragile_skin", true, true, "light_pressure_only")]
    public void Evaluate_Contraindication_GivesOneEntryPerActionAndLimits(string code, bool mayTreat, bool excludesDeep, params string[] actions)
    {
        var result = ScreenerRuleTests.Screen(40, code);

        Assert.Equal(actions.Select(a => new ContraindicationFinding(code, a)), result.Contraindications);
        Assert.Equal(mayTreat, result.MayTreat);
        Assert.Equal(excludesDeep ? Deep : [], result.ExcludedTechniques);
        Assert.Equal("none", result.Urgency);
    }

    [Fact]
    public void Catalogue_EveryItemHasAQuestionAndAtLeastOneAction()
    {
        Assert.Equal(12, Contraindications.Items.Count);
        Assert.All(Contraindications.Items, i => Assert.NotEmpty(i.Actions));
        Assert.Equal(20, RedFlags.Items.Count);
        Assert.All(RedFlags.Items.Concat(Contraindications.Items.Select(i => new ScreeningItem(i.Code, i.Question))), i => Assert.EndsWith("?", i.Question, StringComparison.Ordinal));
    }

    [Fact]
    public void Advice_EveryUrgency_HasInstructionsAndWhatToSay()
    {
        Assert.All(Urgency.All, u => Assert.False(string.IsNullOrWhiteSpace(UrgencyAdvice.For(u).Instructions)));
        Assert.Equal("emergency", UrgencyAdvice.For("emergency").Urgency);
    }
}
