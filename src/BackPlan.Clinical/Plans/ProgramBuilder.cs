using System.Globalization;
using BackPlan.Clinical.Content;
using BackPlan.Clinical.Screening;
using static BackPlan.Clinical.Plans.EvidenceSources;
using static BackPlan.Clinical.Plans.PlanVocabulary;

namespace BackPlan.Clinical.Plans;

/// <summary>Builds a program for a patient whom screening allows to treat. Used once per request.</summary>
internal sealed class ProgramBuilder(
    DurationClass duration,
    string sbst,
    ScreeningResult screening,
    IReadOnlyList<ValidFinding> findings,
    IReadOnlyList<ValidGoal> goals)
{
    private const string AvoidLumbar = "avoid_region:lumbar";
    private const string AvoidFractureSite = "avoid_region:fracture_site";
    private const string ModifyPositioning = "modify:positioning";

    private readonly List<Draft> drafts = [];
    private readonly List<PlanWarning> warnings = [];
    private readonly DosageRow row = PlanDosage.For(duration, sbst);

    public PlanRecommendation Build()
    {
        foreach (var finding in findings)
        {
            foreach (var rule in PlanMapping.For(finding.Code)!.Elements)
            {
                Add(FromRule(rule, finding));
            }
        }

        AddRiskElements();
        AddBasicPackage();
        AddRoutineReferral();
        ApplySafetyLimits();
        if (drafts.Any(d => d.Kind == SoftTissue))
        {
            Add(TopicDraft("treatment_soreness", "know what soreness after treatment means", "soft tissue treatment planned", Cambron2007));
        }

        var review = row.ReviewAfterSession;
        var radicular = findings.Where(f => f.Code == "radicular_signs").ToList();
        if (radicular.Count > 0)
        {
            review = PlanDosage.ShortenForRadicularSigns(review);
            warnings.Add(new(PlanWarnings.Radicular, string.Create(CultureInfo.InvariantCulture,
                $"Radicular signs ({string.Join(", ", radicular.Select(f => f.Side).Distinct())}): no deep techniques on the gluteal, piriformis and hamstring regions on that side; neural mobility only if tolerated; review after session {review}. Refer for medical review if leg symptoms worsen or spread, affect both legs, or weakness, numbness between the legs or bladder or bowel changes appear.")));
        }

        LinkGoals();
        var elements = drafts
            .OrderBy(d => ElementKinds.ToList().IndexOf(d.Kind))
            .ThenBy(d => d.Order)
            .Select(d => d.ToElement(goals))
            .ToList();
        return new PlanRecommendation(PlanRecommender.DurationCode(duration), row.Schedule, review, elements, warnings);
    }

    private Draft FromRule(ElementRule rule, ValidFinding finding)
    {
        var fromFinding = rule.Region == PlanMapping.FindingRegion || rule.Exercise is PlanMapping.RegionMobility or PlanMapping.RegionStretch;
        var region = fromFinding ? finding.Region : rule.Region;
        var regionInfo = Region(region);
        var reason = FindingReason(finding);
        if (rule.Kind == SoftTissue)
        {
            var gentle = rule.GentleTechnique is not null && (duration == DurationClass.Acute || finding.Severity == 1);
            var technique = gentle ? rule.GentleTechnique! : rule.Technique!;
            var side = finding.Side ?? Bilateral;
            var where = $"{Words(region!)} ({side})";
            return new Draft
            {
                Kind = SoftTissue,
                Technique = technique,
                Region = region,
                Side = side,
                Pressure = rule.Pressure ?? Technique(technique)!.DefaultPressure,
                Dosage = SoftTissueDosage(),
                Source = rule.Source == PlanMapping.SoftTissueSource ? PlanMapping.SoftTissueSourceFor(duration) : rule.Source,
                Aims = [Fill(rule.Aim, where, region)],
                Reasons = [reason],
            };
        }

        if (rule.Exercise is not null)
        {
            var code = rule.Exercise switch
            {
                PlanMapping.RegionMobility => regionInfo!.Mobility,
                PlanMapping.RegionStretch => regionInfo!.Stretch,
                _ => rule.Exercise,
            };
            return ExerciseDraft(code, Fill(rule.Aim, Words(region ?? ""), region), reason, rule.Source);
        }

        return TopicDraft(rule.Topic!, rule.Aim, reason, rule.Source);
    }

    private void AddRiskElements()
    {
        if (sbst == "high")
        {
            const string Why = "STarT Back high risk: psychologically informed care";
            Add(TopicDraft("hurt_not_harm", "pain education (psychologically informed)", Why, Hill2011));
            Add(TopicDraft("graded_activity", "graded activity (psychologically informed)", Why, Hill2011));
        }
        else if (sbst == "low")
        {
            Add(TopicDraft("home_programme", "self-management as the core of care", "STarT Back low risk: simpler support, self-management first", NiceNg59));
        }
    }

    private void AddBasicPackage()
    {
        const string Why = "basic package: soft tissue only within a package with exercise and education";
        foreach (var topic in PlanRecommender.BasicEducation)
        {
            Add(TopicDraft(topic, TopicLibrary.Find(topic)!.Title.ToLower(CultureInfo.InvariantCulture), Why, NiceNg59));
        }

        Add(TopicDraft(PlanRecommender.BasicSelfManagement, "a plan for flare-ups", Why, NiceNg59));
        if (!drafts.Any(d => d.Kind == PlanVocabulary.Exercise && ExerciseLibrary.Find(d.Exercise)!.Category == "endurance"))
        {
            Add(ExerciseDraft(PlanRecommender.CoreExercise, "core trunk endurance", Why, NiceNg59));
        }
    }

    private void AddRoutineReferral()
    {
        var routine = screening.Rules.Where(r => r.Level == Urgency.Routine).ToList();
        if (routine.Count == 0)
        {
            return;
        }

        Add(new Draft
        {
            Kind = Referral,
            Aims = ["routine GP review; treatment may go ahead"],
            Reasons = ["screening: " + string.Join("; ", routine.Select(PlanRecommender.RuleText))],
            Source = Finucane2020,
            Dosage = Dosage.Often("routine appointment"),
        });
        warnings.AddRange(routine.Select(r => new PlanWarning(PlanWarnings.RedFlag, $"Routine referral: red flag rule {PlanRecommender.RuleText(r)}; record the referral.")));
    }

    /// <summary>Invariant 3 and the radicular rule: removes or replaces soft tissue work screening or nerve signs rule out.</summary>
    private void ApplySafetyLimits()
    {
        var actions = screening.Contraindications;
        var lumbar = actions.Where(c => c.Action == AvoidLumbar).Select(c => c.Code).ToList();
        if (lumbar.Count > 0)
        {
            var removed = drafts.Where(d => d.Kind == SoftTissue && IsLumbar(d.Region)).ToList();
            drafts.RemoveAll(removed.Contains);
            var lumbarRegions = string.Join(", ", Regions.Where(r => r.Lumbar).Select(r => r.Code));
            warnings.Add(new(PlanWarnings.RegionAvoided,
                $"{string.Join(", ", lumbar)} (avoid_region:lumbar): no soft tissue work on the lumbar regions ({lumbarRegions})"
                + (removed.Count > 0 ? $"; removed {string.Join(", ", removed.Select(d => $"{d.Technique} on {d.Region} ({d.Side})"))}." : ".")));
        }

        var deepBans = actions.Where(c => Contraindications.DeepPressureActions.Contains(c.Action)).ToList();
        var lightOnly = deepBans.Where(c => c.Action == Contraindications.LightPressureOnly).Select(c => c.Code).ToList();
        var radicularSides = findings.Where(f => f.Code == "radicular_signs").Select(f => f.Side).ToList();
        var replaced = new List<Draft>();
        foreach (var draft in drafts.Where(d => d.Kind == SoftTissue).ToList())
        {
            var why = new List<string>();
            if (IsDeep(draft.Technique) && deepBans.Count > 0)
            {
                why.Add($"{string.Join(", ", deepBans.Select(c => $"{c.Code} ({c.Action})"))} excludes deep techniques");
            }

            if (IsDeep(draft.Technique) && Region(draft.Region)!.LegNerveCourse && radicularSides.Any(s => SidesOverlap(s, draft.Side)))
            {
                why.Add("radicular signs: no deep techniques on the leg's nerve course");
            }

            if (why.Count == 0)
            {
                continue;
            }

            var alternative = Technique(draft.Technique)!.NonDeepAlternative;
            warnings.Add(new(PlanWarnings.DeepTechniqueReplaced,
                $"{draft.Technique} on {draft.Region} ({draft.Side}) replaced by {alternative} at light pressure: {string.Join("; ", why)}."));
            drafts.Remove(draft);
            replaced.Add(draft.Replaced(alternative, $"{draft.Technique} replaced: {string.Join("; ", why)}"));
        }

        foreach (var draft in replaced)
        {
            Add(draft);
        }

        if (lightOnly.Count > 0)
        {
            foreach (var draft in drafts.Where(d => d.Kind == SoftTissue))
            {
                draft.Pressure = Light;
            }

            warnings.Add(new(PlanWarnings.PressureLimited, $"{string.Join(", ", lightOnly)} (light_pressure_only): light pressure only; deep techniques excluded."));
        }

        var noDeep = deepBans.Where(c => c.Action == Contraindications.NoDeepPressure).Select(c => c.Code).ToList();
        if (noDeep.Count > 0)
        {
            foreach (var draft in drafts.Where(d => d.Kind == SoftTissue && d.Pressure == Deep))
            {
                draft.Pressure = Moderate;
            }

            warnings.Add(new(PlanWarnings.PressureLimited, $"{string.Join(", ", noDeep)} (no_deep_pressure): no deep pressure; deep techniques excluded."));
        }

        foreach (var code in actions.Where(c => c.Action == AvoidFractureSite).Select(c => c.Code))
        {
            warnings.Add(new(PlanWarnings.FractureSite, $"{code} (avoid_region:fracture_site): ask where the fracture was and exclude that site from soft tissue work."));
        }

        foreach (var code in actions.Where(c => c.Action == ModifyPositioning).Select(c => c.Code))
        {
            warnings.Add(new(PlanWarnings.Positioning, $"{code} (modify:positioning): modify positioning (side-lying with pillows in later pregnancy; no prone lying; no deep leg work)."));
        }
    }

    /// <summary>
    /// Invariant 6. A goal label names activities (<see cref="GoalActivities.Match"/>): every element
    /// serving one of them serves the goal (exercises and topics by their activities, soft tissue by
    /// its region's); when none does, the activity's first preferred exercise is added. A label that
    /// names no known activity is served by the trunk endurance exercises and graded activity.
    /// </summary>
    private void LinkGoals()
    {
        var matched = goals.Select(g => (Goal: g, Activities: GoalActivities.Match(g.Label))).ToList();
        foreach (var (goal, activities) in matched)
        {
            var why = $"goal {goal.Id} ('{goal.Label}')";
            if (activities.Count == 0)
            {
                Add(TopicDraft("graded_activity", $"graded practice towards '{goal.Label}'", why, NiceNg59));
            }
            else if (!drafts.Any(d => ServesAny(d, activities)))
            {
                var code = activities.SelectMany(a => GoalActivities.Find(a)!.Exercises).First();
                Add(ExerciseDraft(code, $"practice towards '{goal.Label}'", why, NiceNg59));
            }
        }

        foreach (var draft in drafts.Where(d => d.Kind != Referral))
        {
            foreach (var (goal, activities) in matched)
            {
                var serves = activities.Count > 0
                    ? ServesAny(draft, activities)
                    : draft.Topic == "graded_activity" || (draft.Kind == PlanVocabulary.Exercise && ExerciseLibrary.Find(draft.Exercise)!.Category == "endurance");
                if (serves)
                {
                    draft.Serves.Add(goal.Id);
                }
            }
        }
    }

    private static bool ServesAny(Draft draft, IReadOnlyList<string> activities)
    {
        IReadOnlyList<string> served = draft.Kind switch
        {
            Referral => [],
            SoftTissue => Region(draft.Region)!.Activities,
            _ when draft.Exercise is not null => ExerciseLibrary.Find(draft.Exercise)!.Activities,
            _ => TopicLibrary.Find(draft.Topic)!.Activities,
        };
        return served.Any(activities.Contains);
    }

    /// <summary>Adds a draft, or merges it into an equal one (same kind, technique, region, side, exercise, topic).</summary>
    private void Add(Draft draft)
    {
        var existing = drafts.FirstOrDefault(d => d.SameAs(draft));
        if (existing is null)
        {
            draft.Order = drafts.Count == 0 ? 0 : drafts.Max(d => d.Order) + 1;
            drafts.Add(draft);
            return;
        }

        existing.Aims.AddRange(draft.Aims.Where(a => !existing.Aims.Contains(a)));
        existing.Reasons.AddRange(draft.Reasons.Where(r => !existing.Reasons.Contains(r)));
        if (draft.Pressure is not null && existing.Pressure is not null
            && Pressures.ToList().IndexOf(draft.Pressure) < Pressures.ToList().IndexOf(existing.Pressure))
        {
            existing.Pressure = draft.Pressure;
        }
    }

    private static Draft ExerciseDraft(string code, string aim, string reason, string source) => new()
    {
        Kind = PlanVocabulary.Exercise,
        Exercise = code,
        Dosage = ExerciseLibrary.Find(code)!.Dosage,
        Aims = [aim],
        Reasons = [reason],
        Source = source,
    };

    private static Draft TopicDraft(string code, string aim, string reason, string source)
    {
        var topic = TopicLibrary.Find(code)!;
        return new Draft
        {
            Kind = topic.Kind,
            Topic = code,
            Dosage = Dosage.Often(topic.Frequency),
            Aims = [aim],
            Reasons = [reason],
            Source = source,
        };
    }

    private Dosage SoftTissueDosage() => Dosage.Often(string.Create(CultureInfo.InvariantCulture,
        $"each session: {row.Schedule.Sessions} sessions over {row.Schedule.Weeks} weeks, {row.Schedule.MinutesPerSession} minutes per session with exercise and advice"));

    private static string FindingReason(ValidFinding f)
    {
        var parts = new List<string>();
        if (f.Region is not null)
        {
            parts.Add(f.Region);
        }

        if (f.Side is not null)
        {
            parts.Add(f.Side);
        }

        parts.Add(string.Create(CultureInfo.InvariantCulture, $"severity {f.Severity}"));
        return $"finding {f.Code} ({string.Join(", ", parts)})";
    }

    private static string Fill(string aim, string where, string? region) =>
        aim.Replace("{where}", where, StringComparison.Ordinal).Replace("{region}", Words(region ?? ""), StringComparison.Ordinal);

    private static string Words(string code) => code.Replace('_', ' ');

    private sealed class Draft
    {
        public required string Kind { get; init; }

        public string? Technique { get; init; }

        public string? Region { get; init; }

        public string? Side { get; init; }

        public string? Pressure { get; set; }

        public string? Exercise { get; init; }

        public string? Topic { get; init; }

        public required Dosage Dosage { get; init; }

        public required string Source { get; init; }

        public required List<string> Aims { get; init; }

        public required List<string> Reasons { get; init; }

        public List<string> Serves { get; } = [];

        public int Order { get; set; }

        /// <summary>The same work with a technique that is not deep, at light pressure, saying why.</summary>
        public Draft Replaced(string technique, string why) => new()
        {
            Kind = Kind,
            Technique = technique,
            Region = Region,
            Side = Side,
            Pressure = Light,
            Dosage = Dosage,
            Source = Source,
            Aims = Aims,
            Reasons = [.. Reasons, why],
        };

        public bool SameAs(Draft other) =>
            Kind == other.Kind && Technique == other.Technique && Region == other.Region && Side == other.Side
            && Exercise == other.Exercise && Topic == other.Topic;

        public PlanElement ToElement(IReadOnlyList<ValidGoal> goals) => new(
            Kind,
            Technique,
            Region,
            Side,
            string.Join("; ", Aims),
            Pressure,
            Exercise,
            Topic,
            Dosage,
            string.Join("; ", Reasons),
            Source,
            goals.Select(g => g.Id).Where(Serves.Contains).ToList());
    }
}
