using BackPlan.Clinical.Content;
using BackPlan.Clinical.Screening;
using static BackPlan.Clinical.Plans.PlanVocabulary;

namespace BackPlan.Clinical.Plans;

/// <summary>
/// A broken rule: the plans.md invariant number (0 for vocabulary: an unknown code or a soft
/// tissue element without technique or region) and a plain message for the practitioner.
/// </summary>
public sealed record PlanViolation(int Invariant, string Message);

/// <summary>
/// Checks a program, as recommended or as edited in the plan builder, against the invariants of
/// plans.md that can be judged from its elements: 1 (soft tissue only with exercise and
/// education), 2 (screening that blocks treatment allows only referral, naming what fired),
/// 3 (no excluded technique, nothing on an avoided region), 4 (reason and source everywhere),
/// 5 when the STarT Back group is given (fear-avoidance-type elements for high risk) and 6 (every
/// goal served). A referral-only answer is not a program: invariants 5 and 6 do not apply to it.
/// </summary>
public static class PlanInvariants
{
    public static IReadOnlyList<PlanViolation> Check(
        IEnumerable<PlanElement> elements,
        ScreeningResult screening,
        IEnumerable<PlanGoal> goals,
        string? sbst = null,
        IEnumerable<PlanFinding?>? findings = null)
    {
        ArgumentNullException.ThrowIfNull(elements);
        ArgumentNullException.ThrowIfNull(screening);
        ArgumentNullException.ThrowIfNull(goals);
        var list = elements.ToList();
        var violations = new List<PlanViolation>();
        CheckVocabulary(list, violations);

        if (!screening.MayTreat)
        {
            CheckReferralOnly(list, screening, violations);
        }
        else
        {
            if (list.Any(e => e.Kind == SoftTissue) && (!list.Any(e => e.Kind == PlanVocabulary.Exercise) || !list.Any(e => e.Kind == Education)))
            {
                violations.Add(new(1, "Soft tissue work needs at least one exercise and one education element in the same program (NICE NG59: manual therapy only within a package including exercise)."));
            }

            CheckSafety(list, screening, violations);
            CheckRadicularSigns(list, findings ?? [], violations);
            if (sbst == "high")
            {
                CheckHighRisk(list, violations);
            }

            foreach (var goal in goals.Where(g => !string.IsNullOrEmpty(g.Id)))
            {
                if (!list.Any(e => (e.Serves ?? []).Contains(goal.Id!)))
                {
                    violations.Add(new(6, $"Goal {goal.Id} ('{goal.Label}') is not served by any element; link at least one element to it."));
                }
            }
        }

        foreach (var (element, i) in list.Select((e, i) => (e, i)))
        {
            if (string.IsNullOrWhiteSpace(element.Reason))
            {
                violations.Add(new(4, $"{Describe(element, i)} has no reason (the finding, goal or risk that led to it)."));
            }

            if (!EvidenceSources.IsKnown(element.Source))
            {
                violations.Add(new(4, $"{Describe(element, i)} needs a source from the evidence list (got '{element.Source}')."));
            }
        }

        return violations;
    }

    private static void CheckReferralOnly(List<PlanElement> list, ScreeningResult screening, List<PlanViolation> violations)
    {
        if (list.Count == 0 || list.Any(e => e.Kind != Referral))
        {
            violations.Add(new(2, "Screening blocks treatment: the plan may hold only a referral until a clinician records the referral or clearance."));
        }

        var reasons = string.Join(" ", list.Where(e => e.Kind == Referral).Select(e => e.Reason));
        var named = screening.Rules.Where(r => Urgency.BlocksTreatment(r.Level)).Select(r => r.Rule)
            .Concat(screening.Contraindications.Where(c => Contraindications.BlockingActions.Contains(c.Action)).Select(c => c.Code))
            .Distinct();
        foreach (var code in named.Where(c => !reasons.Contains(c, StringComparison.Ordinal)))
        {
            violations.Add(new(2, $"The referral must name what fired: {code} is missing from its reason."));
        }
    }

    /// <summary>
    /// plans.md mapping, radicular_signs: no deep techniques on the leg's nerve course (gluteal,
    /// piriformis and hamstring regions) on the affected side. Checked here too, so an edited plan
    /// cannot bring back what the engine took out.
    /// </summary>
    private static void CheckRadicularSigns(List<PlanElement> list, IEnumerable<PlanFinding?> findings, List<PlanViolation> violations)
    {
        var sides = findings.Where(f => f?.Code == "radicular_signs").Select(f => f!.Side ?? Bilateral).ToList();
        foreach (var (element, i) in list.Select((e, i) => (e, i)).Where(p => p.e.Kind == SoftTissue))
        {
            if (IsDeep(element.Technique) && Region(element.Region)?.LegNerveCourse == true && sides.Any(s => SidesOverlap(s, element.Side)))
            {
                violations.Add(new(3, $"{Describe(element, i)}: radicular signs on that side: no deep techniques on the leg's nerve course; use a technique that is not deep."));
            }
        }
    }

    private static void CheckSafety(List<PlanElement> list, ScreeningResult screening, List<PlanViolation> violations)
    {
        foreach (var (element, i) in list.Select((e, i) => (e, i)).Where(p => p.e.Kind == SoftTissue))
        {
            if (element.Technique is not null && screening.ExcludedTechniques.Contains(element.Technique))
            {
                var because = string.Join(", ", screening.Contraindications.Where(c => Contraindications.DeepPressureActions.Contains(c.Action)).Select(c => c.Code));
                violations.Add(new(3, $"{Describe(element, i)}: {element.Technique} is excluded by screening ({because}); use a technique that is not deep."));
            }

            if (IsLumbar(element.Region))
            {
                foreach (var c in screening.Contraindications.Where(c => c.Action == "avoid_region:lumbar"))
                {
                    violations.Add(new(3, $"{Describe(element, i)}: no soft tissue work on lumbar regions ({c.Code})."));
                }
            }

            if (element.Pressure is not null && element.Pressure != Light
                && screening.Contraindications.Any(c => c.Action == Contraindications.LightPressureOnly))
            {
                violations.Add(new(3, $"{Describe(element, i)}: light pressure only ({string.Join(", ", screening.Contraindications.Where(c => c.Action == Contraindications.LightPressureOnly).Select(c => c.Code))})."));
            }
            else if (element.Pressure == Deep && screening.Contraindications.Any(c => c.Action == Contraindications.NoDeepPressure))
            {
                violations.Add(new(3, $"{Describe(element, i)}: no deep pressure ({string.Join(", ", screening.Contraindications.Where(c => c.Action == Contraindications.NoDeepPressure).Select(c => c.Code))})."));
            }
        }
    }

    /// <summary>Fear-avoidance-type elements: education and self-management topics meant for STarT Back high risk.</summary>
    private static void CheckHighRisk(List<PlanElement> list, List<PlanViolation> violations)
    {
        bool Serves(PlanElement e, string kind) => e.Kind == kind
            && (TopicLibrary.Find(e.Topic)?.Risks.Contains("sbst_high") ?? false);
        if (!list.Any(e => Serves(e, Education)))
        {
            violations.Add(new(5, "STarT Back high risk: include pain education (e.g. hurt_not_harm)."));
        }

        if (!list.Any(e => Serves(e, SelfManagement)))
        {
            violations.Add(new(5, "STarT Back high risk: include graded activity (graded_activity)."));
        }
    }

    private static void CheckVocabulary(List<PlanElement> list, List<PlanViolation> violations)
    {
        foreach (var (e, i) in list.Select((e, i) => (e, i)))
        {
            if (!ElementKinds.Contains(e.Kind))
            {
                violations.Add(new(0, $"Element {i + 1}: unknown kind '{e.Kind}'."));
            }

            if (e.Kind == SoftTissue && (Technique(e.Technique) is null || Region(e.Region) is null))
            {
                violations.Add(new(0, $"{Describe(e, i)}: soft tissue needs a known technique and region."));
            }

            if (e.Side is not null && !Sides.Contains(e.Side))
            {
                violations.Add(new(0, $"{Describe(e, i)}: unknown side '{e.Side}'."));
            }

            if (e.Pressure is not null && !Pressures.Contains(e.Pressure))
            {
                violations.Add(new(0, $"{Describe(e, i)}: unknown pressure '{e.Pressure}'."));
            }

            if (e.Exercise is not null && ExerciseLibrary.Find(e.Exercise) is null)
            {
                violations.Add(new(0, $"{Describe(e, i)}: unknown exercise '{e.Exercise}'."));
            }

            if (e.Topic is not null && TopicLibrary.Find(e.Topic) is null)
            {
                violations.Add(new(0, $"{Describe(e, i)}: unknown topic '{e.Topic}'."));
            }
        }
    }

    private static string Describe(PlanElement e, int i)
    {
        var what = e.Technique ?? e.Exercise ?? e.Topic;
        var where = e.Region is null ? "" : $" on {e.Region}{(e.Side is null ? "" : $" ({e.Side})")}";
        return $"Element {i + 1} ({e.Kind}{(what is null ? "" : $" {what}")}{where})";
    }
}
