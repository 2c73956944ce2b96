using BackPlan.Clinical.Content;
using BackPlan.Clinical.Plans;
using static BackPlan.Clinical.Plans.PlanVocabulary;

namespace BackPlan.Clinical.Tests.Plans;

/// <summary>The exercise and topic libraries, the vocabulary and the mapping table hold together.</summary>
public class ContentLibraryTests
{
    [Fact]
    public void Exercises_AtLeast25WithUniqueSnakeCaseCodes()
    {
        Assert.True(ExerciseLibrary.All.Count >= 25, $"{ExerciseLibrary.All.Count} exercises");
        var codes = ExerciseLibrary.All.Select(e => e.Code).Concat(TopicLibrary.All.Select(t => t.Code)).ToList();
        Assert.Equal(codes.Count, codes.Distinct().Count());
        Assert.All(codes, c => Assert.Matches("^[a-z][a-z0-9]*(_[a-z0-9]+)*$", c));
    }

    [Fact]
    public void Exercises_EveryTextIsFilledAndEveryCodeIsKnown()
    {
        var findings = Findings.Select(f => f.Code).ToList();
        var activities = GoalActivities.All.Select(a => a.Code).ToList();
        Assert.All(ExerciseLibrary.All, e =>
        {
            Assert.False(string.IsNullOrWhiteSpace(e.Name));
            Assert.False(string.IsNullOrWhiteSpace(e.Purpose));
            Assert.True(e.Steps.Count >= 3, e.Code);
            Assert.NotEmpty(e.Easier);
            Assert.NotEmpty(e.Harder);
            Assert.NotEmpty(e.Cautions);
            Assert.All(e.Steps.Concat(e.Easier).Concat(e.Harder).Concat(e.Cautions), t => Assert.False(string.IsNullOrWhiteSpace(t)));
            Assert.False(string.IsNullOrWhiteSpace(e.Dosage.Frequency));
            Assert.True(e.Dosage.Reps is > 0 || e.Dosage.Minutes is > 0, e.Code);
            Assert.Contains(e.Category, ExerciseLibrary.Categories);
            Assert.NotEmpty(e.Aims);
            Assert.All(e.Aims, a => Assert.Contains(a, ExerciseLibrary.AimCodes));
            Assert.NotEmpty(e.Findings);
            Assert.All(e.Findings, f => Assert.Contains(f, findings));
            Assert.NotEmpty(e.Activities);
            Assert.All(e.Activities, a => Assert.Contains(a, activities));
        });
    }

    [Fact]
    public void Exercises_CoverTheGoalTypesOfTheMapping()
    {
        var aims = ExerciseLibrary.All.SelectMany(e => e.Aims).ToHashSet();
        Assert.All(ExerciseLibrary.AimCodes, a => Assert.Contains(a, aims));
        Assert.True(ExerciseLibrary.All.Count(e => e.Category == "endurance") >= 4);
    }

    [Fact]
    public void Topics_AtLeast10EducationTopicsAndPostureLifestyleSelfManagementItems()
    {
        Assert.True(TopicLibrary.EducationTopics.Count >= 10, $"{TopicLibrary.EducationTopics.Count} education topics");
        Assert.Contains(TopicLibrary.All, t => t.Kind == Posture);
        Assert.Contains(TopicLibrary.All, t => t.Kind == Lifestyle);
        Assert.Contains(TopicLibrary.All, t => t.Kind == SelfManagement);
        foreach (var code in new[] { "workstation_setup", "movement_breaks", "active_lifestyle", "sleep_routine", "stress_care", "flare_up_plan", "hurt_not_harm", "pacing", "when_to_seek_help", "treatment_soreness" })
        {
            Assert.NotNull(TopicLibrary.Find(code));
        }
    }

    [Fact]
    public void Topics_EveryTextIsFilledAndEveryCodeIsKnown()
    {
        var findings = Findings.Select(f => f.Code).ToList();
        var activities = GoalActivities.All.Select(a => a.Code).ToList();
        Assert.All(TopicLibrary.All, t =>
        {
            Assert.Contains(t.Kind, new[] { Education, Posture, Lifestyle, SelfManagement });
            Assert.False(string.IsNullOrWhiteSpace(t.Title));
            Assert.NotEmpty(t.Body);
            Assert.All(t.Body, p => Assert.True(p.Length >= 40, $"{t.Code}: short paragraph"));
            Assert.False(string.IsNullOrWhiteSpace(t.Frequency));
            Assert.All(t.Findings, f => Assert.Contains(f, findings));
            Assert.All(t.Risks, r => Assert.Contains(r, TopicLibrary.RiskCodes));
            Assert.All(t.Activities, a => Assert.Contains(a, activities));
            Assert.True(t.Findings.Count + t.Risks.Count > 0, $"{t.Code} serves nothing");
        });
    }

    [Fact]
    public void Mapping_EveryFindingHasOneRuleAndEveryReferenceExists()
    {
        Assert.Equal(Findings.Select(f => f.Code), PlanMapping.Rules.Select(r => r.Finding));
        Assert.All(PlanMapping.Rules.SelectMany(r => r.Elements.Select(e => (r.Finding, Rule: e))), p =>
        {
            var (finding, rule) = p;
            Assert.Contains(rule.Kind, ElementKinds);
            Assert.False(string.IsNullOrWhiteSpace(rule.Aim));
            Assert.True(rule.Source == PlanMapping.SoftTissueSource || EvidenceSources.IsKnown(rule.Source), rule.Source);
            if (rule.Kind == SoftTissue)
            {
                Assert.NotNull(Technique(rule.Technique));
                Assert.True(rule.GentleTechnique is null || Technique(rule.GentleTechnique) is { Deep: false });
                Assert.True(rule.Region == PlanMapping.FindingRegion || Region(rule.Region) is not null);
            }
            else if (rule.Kind == PlanVocabulary.Exercise)
            {
                Assert.True(rule.Exercise is PlanMapping.RegionMobility or PlanMapping.RegionStretch
                    || ExerciseLibrary.Find(rule.Exercise)!.Findings.Contains(finding), $"{finding} → {rule.Exercise}");
            }
            else
            {
                var topic = TopicLibrary.Find(rule.Topic);
                Assert.NotNull(topic);
                Assert.Equal(rule.Kind, topic.Kind);
                Assert.Contains(finding, topic.Findings);
            }
        });
    }

    [Fact]
    public void Vocabulary_MatchesPlansMd()
    {
        Assert.Equal(
            ["lumbar_paraspinals", "quadratus_lumborum", "thoracolumbar_fascia", "gluteus_maximus", "gluteus_medius", "piriformis", "hip_flexors", "hamstrings", "abdominals", "thoracic_paraspinals"],
            Regions.Select(r => r.Code));
        Assert.Equal(["left", "right", "bilateral"], Sides);
        Assert.Equal(16, Findings.Count);
        Assert.Equal(["swedish_massage", "soft_tissue_mobilization", "myofascial_release", "active_release", "trigger_point", "deep_friction", "instrument_assisted", "neuromuscular"], Techniques.Select(t => t.Code));
        Assert.Equal(Clinical.Screening.Contraindications.DeepTechniques.Order(StringComparer.Ordinal), Techniques.Where(t => t.Deep).Select(t => t.Code).Order(StringComparer.Ordinal));
        Assert.Equal(["soft_tissue", "exercise", "education", "posture", "lifestyle", "self_management", "referral"], ElementKinds);
        Assert.Equal(["lumbar_paraspinals", "quadratus_lumborum", "thoracolumbar_fascia"], Regions.Where(r => r.Lumbar).Select(r => r.Code));
        Assert.Equal(["gluteus_maximus", "gluteus_medius", "piriformis", "hamstrings"], Regions.Where(r => r.LegNerveCourse).Select(r => r.Code));
    }

    [Fact]
    public void Vocabulary_EveryRegionExerciseExistsAndEveryDeepTechniqueHasANonDeepAlternative()
    {
        Assert.All(Regions, r =>
        {
            Assert.NotNull(ExerciseLibrary.Find(r.Mobility));
            Assert.NotNull(ExerciseLibrary.Find(r.Stretch));
            Assert.NotEmpty(r.Activities);
        });
        Assert.All(Techniques, t => Assert.False(Technique(t.NonDeepAlternative)!.Deep));
    }

    [Fact]
    public void GoalActivities_PreferredExercisesExistAndServeTheActivity()
    {
        Assert.All(GoalActivities.All, a =>
        {
            Assert.NotEmpty(a.Keywords);
            Assert.NotEmpty(a.Exercises);
            Assert.All(a.Exercises, code => Assert.Contains(a.Code, ExerciseLibrary.Find(code)!.Activities));
        });
    }

    [Fact]
    public void Sources_HaveUniqueKeysAndCitations()
    {
        Assert.Equal(EvidenceSources.All.Count, EvidenceSources.All.Select(s => s.Key).Distinct().Count());
        Assert.All(EvidenceSources.All, s => Assert.False(string.IsNullOrWhiteSpace(s.Citation)));
        Assert.True(EvidenceSources.IsKnown("preyde2000") && EvidenceSources.IsKnown("nice-ng59") && EvidenceSources.IsKnown("cherkin2011"));
    }
}
