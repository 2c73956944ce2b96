using BackPlan.Clinical.Screening;

namespace BackPlan.Clinical.Tests.Screening;

public class ScreenerRuleTests
{
    internal static ScreeningResult Screen(int? age, params string[] present)
    {
        var answers = present.ToDictionary(c => c, _ => (Answer?)new Answer.Boolean(true));
        var outcome = Screener.Evaluate(new ScreeningInput(age, answers));
        Assert.True(outcome.IsValid);
        return outcome.Result!;
    }

    [Fact]
    public void Evaluate_ContractExample_IsUrgentMalignancyWithLightPressure()
    {
        var result = Screen(58, "rf.cancer_history", "rf.night_pain_constant", "ci.anticoagulants");

        Assert.Equal("urgent", result.Urgency);
        var rule = Assert.Single(result.Rules);
        Assert.Equal("malignancy", rule.Rule);
        Assert.Equal("urgent", rule.Level);
        Assert.Equal(["rf.cancer_history", "rf.night_pain_constant"], rule.Because);
        Assert.Equal([new ContraindicationFinding("ci.anticoagulants", "light_pressure_only")], result.Contraindications);
        Assert.False(result.MayTreat);
        Assert.Equal(["active_release", "deep_friction", "instrument_assisted", "trigger_point"], result.ExcludedTechniques);
    }

    // Each rule firing on one answer (or the smallest combination it needs), with nothing else present.
    [Theory]
    [InlineData("cauda_equina", "emergency", null, "rf.bladder_change")]
    [InlineData("cauda_equina", "emergency", null, "rf.bowel_incontinence")]
    [InlineData("cauda_equina", "emergency", null, "rf.saddle_numbness")]
    [InlineData("aaa", "emergency", null, "rf.collapse_or_faint")]
    [InlineData("aaa", "emergency", null, "rf.pulsatile_abdominal_mass")]
    [InlineData("major_trauma", "emergency", null, "rf.major_trauma")]
    [InlineData("neuro_deficit", "urgent", null, "rf.leg_weakness_progressive")]
    [InlineData("neuro_deficit", "urgent", null, "rf.bilateral_leg_symptoms")]
    [InlineData("neuro_deficit", "urgent", null, "rf.sexual_dysfunction_new")]
    [InlineData("malignancy", "urgent", null, "rf.cancer_history")]
    [InlineData("malignancy", "urgent", null, "rf.weight_loss_unexplained")]
    [InlineData("malignancy", "urgent", 51, "rf.night_pain_constant")]
    [InlineData("infection", "urgent", null, "rf.fever")]
    [InlineData("infection", "urgent", null, "rf.immunosuppressed", "rf.iv_drug_use")]
    [InlineData("infection", "urgent", null, "rf.iv_drug_use", "rf.recent_infection_or_procedure")]
    [InlineData("fragility_fracture", "urgent", null, "rf.minor_trauma", "rf.osteoporosis_or_steroids")]
    [InlineData("fragility_fracture", "urgent", 70, "rf.minor_trauma")]
    [InlineData("risk_factor_only", "routine", 50, "rf.night_pain_constant")]
    [InlineData("risk_factor_only", "routine", null, "rf.night_pain_constant")]
    [InlineData("risk_factor_only", "routine", null, "rf.immunosuppressed")]
    [InlineData("risk_factor_only", "routine", null, "rf.iv_drug_use")]
    [InlineData("risk_factor_only", "routine", null, "rf.recent_infection_or_procedure")]
    [InlineData("risk_factor_only", "routine", null, "rf.osteoporosis_or_steroids")]
    [InlineData("inflammatory", "routine", null, "rf.inflammatory_pattern")]
    [InlineData("non_lumbar", "routine", null, "rf.thoracic_pain")]
    public void Evaluate_RuleAlone_FiresWithItsLevelAndItems(string rule, string level, int? age, params string[] present)
    {
        var result = Screen(age, present);

        var fired = Assert.Single(result.Rules, r => r.Rule == rule);
        Assert.Equal(level, fired.Level);
        Assert.Equal(present.Order(StringComparer.Ordinal), fired.Because.Order(StringComparer.Ordinal));
        Assert.Equal(level, result.Urgency);
    }

    [Fact]
    public void Evaluate_Nothing_IsNoneAndMayTreat()
    {
        var result = Screen(40);

        Assert.Equal("none", result.Urgency);
        Assert.Empty(result.Rules);
        Assert.True(result.MayTreat);
        Assert.Empty(result.ExcludedTechniques);
    }

    [Fact]
    public void Evaluate_AllAnswersFalse_IsNone()
    {
        var answers = RedFlags.Items.ToDictionary(i => i.Code, _ => (Answer?)new Answer.Boolean(false));

        Assert.Equal("none", Screener.Evaluate(new ScreeningInput(null, answers)).Result!.Urgency);
    }

    [Theory]
    [InlineData("rf.cancer_history", "rf.leg_weakness_progressive")]
    [InlineData("rf.cancer_history", "rf.bilateral_leg_symptoms")]
    [InlineData("rf.cancer_history", "rf.bladder_change")]
    [InlineData("rf.cancer_history", "rf.saddle_numbness")]
    [InlineData("rf.cancer_history", "rf.sexual_dysfunction_new")]
    public void Evaluate_CancerWithNeurology_EscalatesToCordCompression(string cancer, string neuro)
    {
        var result = Screen(null, cancer, neuro);

        Assert.Equal("emergency", result.Urgency);
        var rule = Assert.Single(result.Rules, r => r.Rule == "cord_compression_cancer");
        Assert.Equal(new[] { cancer, neuro }.Order(StringComparer.Ordinal), rule.Because.Order(StringComparer.Ordinal));
        Assert.Contains(result.Rules, r => r.Rule == "malignancy");
    }

    [Theory]
    [InlineData("rf.leg_weakness_progressive")]
    [InlineData("rf.bowel_incontinence")]
    [InlineData("rf.sexual_dysfunction_new")]
    public void Evaluate_FeverWithNeurology_EscalatesToInfectionWithNeuro(string neuro)
    {
        var result = Screen(null, "rf.fever", neuro);

        Assert.Equal("emergency", result.Urgency);
        var rule = result.Rules.Single(r => r.Rule == "infection_with_neuro");
        Assert.Equal(new[] { "rf.fever", neuro }.Order(StringComparer.Ordinal), rule.Because.Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("rf.bilateral_leg_symptoms")]
    [InlineData("rf.leg_weakness_progressive")]
    public void Evaluate_SexualDysfunctionWithLegSymptoms_IsCaudaEquina(string leg)
    {
        var result = Screen(null, "rf.sexual_dysfunction_new", leg);

        Assert.Equal("emergency", result.Urgency);
        Assert.Equal("cauda_equina", result.Rules[0].Rule);
        Assert.Equal(["rf.sexual_dysfunction_new", leg], result.Rules[0].Because);
    }

    [Fact]
    public void Evaluate_Rules_AreListedHighestLevelFirst()
    {
        var result = Screen(30, "rf.thoracic_pain", "rf.weight_loss_unexplained", "rf.major_trauma");

        Assert.Equal(["major_trauma", "malignancy", "non_lumbar"], result.Rules.Select(r => r.Rule));
        Assert.Equal("emergency", result.Urgency);
        Assert.False(result.MayTreat);
    }

    [Fact]
    public void Evaluate_FeverWithOneRiskFactor_InfectionNamesBoth()
    {
        var result = Screen(null, "rf.fever", "rf.immunosuppressed");

        Assert.Equal(["rf.fever", "rf.immunosuppressed"], result.Rules.Single(r => r.Rule == "infection").Because);
    }

    [Fact]
    public void Evaluate_RoutineOnly_MayTreat()
    {
        Assert.True(Screen(null, "rf.inflammatory_pattern").MayTreat);
    }
}
