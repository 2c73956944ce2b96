using BackPlan.Clinical.Screening;

namespace BackPlan.Clinical.Tests.Screening;

public class ScreenerAgeTests
{
    [Theory]
    [InlineData(51, "malignancy")]
    [InlineData(50, "risk_factor_only")]
    [InlineData(null, "risk_factor_only")]
    public void Evaluate_NightPain_DependsOnAge(int? age, string rule)
    {
        var result = ScreenerRuleTests.Screen(age, "rf.night_pain_constant");

        Assert.Equal([rule], result.Rules.Select(r => r.Rule));
    }

    [Fact]
    public void Evaluate_CancerAndNightPainAtFifty_NightPainIsNotMalignancyEvidence()
    {
        var result = ScreenerRuleTests.Screen(50, "rf.cancer_history", "rf.night_pain_constant");

        Assert.Equal(["rf.cancer_history"], result.Rules.Single(r => r.Rule == "malignancy").Because);
        Assert.Equal(["rf.night_pain_constant"], result.Rules.Single(r => r.Rule == "risk_factor_only").Because);
    }

    [Theory]
    [InlineData(70, true)]
    [InlineData(69, false)]
    [InlineData(null, false)]
    public void Evaluate_MinorTraumaAlone_IsFragilityFractureOnlyFrom70(int? age, bool fires)
    {
        var result = ScreenerRuleTests.Screen(age, "rf.minor_trauma");

        Assert.Equal(fires, result.Rules.Any(r => r.Rule == "fragility_fracture"));
        Assert.Equal(fires ? "urgent" : "none", result.Urgency);
    }

    [Fact]
    public void Evaluate_OsteoporosisWithMinorTrauma_IsNotRiskFactorOnly()
    {
        var result = ScreenerRuleTests.Screen(40, "rf.osteoporosis_or_steroids", "rf.minor_trauma");

        Assert.Equal(["fragility_fracture"], result.Rules.Select(r => r.Rule));
    }

    [Fact]
    public void Evaluate_OsteoporosisWithMajorTrauma_IsMajorTraumaOnly()
    {
        var result = ScreenerRuleTests.Screen(40, "rf.osteoporosis_or_steroids", "rf.major_trauma");

        Assert.Equal(["major_trauma"], result.Rules.Select(r => r.Rule));
    }

    [Theory]
    [InlineData(15)]
    [InlineData(121)]
    [InlineData(-1)]
    public void Evaluate_AgeOutside16To120_IsError(int age)
    {
        var outcome = Screener.Evaluate(new ScreeningInput(age, new Dictionary<string, Answer?>()));

        Assert.Equal(["must be an integer from 16 to 120"], outcome.Errors["age"]);
    }

    [Theory]
    [InlineData(16)]
    [InlineData(120)]
    public void Evaluate_AgeAtLimits_IsValid(int age)
    {
        Assert.True(Screener.Evaluate(new ScreeningInput(age, null)).IsValid);
    }
}
