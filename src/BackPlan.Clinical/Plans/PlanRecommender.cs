using System.Globalization;
using BackPlan.Clinical.Screening;
using static BackPlan.Clinical.Plans.PlanVocabulary;

namespace BackPlan.Clinical.Plans;

/// <summary>
/// Turns an assessment into a recommended program (plans.md): screening first (invariant 2),
/// then the mapping table, the dosage table, STarT Back matched care, the basic package,
/// safety limits from screening and radicular signs, and links to the PSFS goals. Pure and
/// deterministic: the same request always gives the same program (invariant 7).
/// </summary>
public static class PlanRecommender
{
    public const int MaxGoalLabelLength = 200;

    /// <summary>The basic package every program gets (invariant 1; NICE NG59, Lancet 2018).</summary>
    public static IReadOnlyList<string> BasicEducation { get; } = ["back_pain_basics", "stay_active", "when_to_seek_help"];

    public const string BasicSelfManagement = "flare_up_plan";

    /// <summary>Added when no trunk endurance exercise is in the program yet.</summary>
    public const string CoreExercise = "bird_dog";

    public static Validated<PlanRecommendation> Recommend(PlanRequest request)
    {
        var errors = new ValidationErrors();
        if (request is null)
        {
            errors.Add("request", "required");
            return errors.Invalid<PlanRecommendation>();
        }

        if (request.OnsetDate is null)
        {
            errors.Add("onsetDate", "required");
        }

        if (request.AssessedOn is null)
        {
            errors.Add("assessedOn", "required");
        }
        else if (request.OnsetDate is { } onsetDate && request.AssessedOn < onsetDate)
        {
            errors.Add("assessedOn", "must not be before onsetDate");
        }

        if (request.Sbst is not null && !SbstGroups.Contains(request.Sbst))
        {
            errors.Add("sbst", "must be low, medium or high");
        }

        var screening = Screener.Evaluate(request.Screening ?? new ScreeningInput(null, null));
        foreach (var (field, messages) in screening.Errors)
        {
            foreach (var message in messages)
            {
                errors.Add(field == "age" ? "screening.age" : $"screening.answers.{field}", message);
            }
        }

        // A referral-only answer (invariant 2) does not use the STarT Back group, so a screening
        // that blocks treatment needs none; a program does.
        if (request.Sbst is null && screening.Result is not { MayTreat: false })
        {
            errors.Add("sbst", "must be low, medium or high");
        }

        var findings = ValidateFindings(request.Findings, errors);
        var goals = ValidateGoals(request.Goals, errors);
        if (errors.Any)
        {
            return errors.Invalid<PlanRecommendation>();
        }

        var duration = Duration.Classify(request.OnsetDate!.Value, request.AssessedOn!.Value);
        var result = screening.Result!;
        return Validated.Valid(result.MayTreat
            ? new ProgramBuilder(duration, request.Sbst!, result, findings, goals).Build()
            : ReferralOnly(duration, result));
    }

    internal static string DurationCode(DurationClass duration) => duration switch
    {
        DurationClass.Acute => "acute",
        DurationClass.Subacute => "subacute",
        DurationClass.Chronic => "chronic",
        _ => throw new ArgumentOutOfRangeException(nameof(duration)),
    };

    private static List<ValidFinding> ValidateFindings(IReadOnlyList<PlanFinding?>? findings, ValidationErrors errors)
    {
        var valid = new List<ValidFinding>();
        for (var i = 0; i < (findings?.Count ?? 0); i++)
        {
            var at = string.Create(CultureInfo.InvariantCulture, $"findings[{i}]");
            if (findings![i] is not { } finding)
            {
                errors.Add(at, "required");
                continue;
            }

            var info = Finding(finding.Code);
            var ok = true;
            if (string.IsNullOrEmpty(finding.Code))
            {
                errors.Add($"{at}.code", "required");
                ok = false;
            }
            else if (info is null)
            {
                errors.Add($"{at}.code", $"unknown finding '{finding.Code}'");
                ok = false;
            }

            if (finding.Region is not null && Region(finding.Region) is null)
            {
                errors.Add($"{at}.region", $"unknown region '{finding.Region}'");
                ok = false;
            }
            else if (info is not null && finding.Region is null && info.Region == Applies.Required)
            {
                errors.Add($"{at}.region", $"required for {info.Code}");
                ok = false;
            }
            else if (info is not null && finding.Region is not null && info.Region == Applies.No)
            {
                errors.Add($"{at}.region", $"does not apply to {info.Code}");
                ok = false;
            }

            if (finding.Side is not null && !Sides.Contains(finding.Side))
            {
                errors.Add($"{at}.side", $"unknown side '{finding.Side}'");
                ok = false;
            }
            else if (info is not null && finding.Side is not null && info.Side == Applies.No)
            {
                errors.Add($"{at}.side", $"does not apply to {info.Code}");
                ok = false;
            }

            if (finding.Severity is not (>= 1 and <= 3))
            {
                errors.Add($"{at}.severity", "must be 1, 2 or 3");
                ok = false;
            }

            if (ok)
            {
                var side = info!.Side == Applies.No ? null : finding.Side ?? Bilateral;
                valid.Add(new ValidFinding(info.Code, finding.Region, side, finding.Severity!.Value));
            }
        }

        return valid;
    }

    private static List<ValidGoal> ValidateGoals(IReadOnlyList<PlanGoal?>? goals, ValidationErrors errors)
    {
        var valid = new List<ValidGoal>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < (goals?.Count ?? 0); i++)
        {
            var at = string.Create(CultureInfo.InvariantCulture, $"goals[{i}]");
            if (goals![i] is not { } goal)
            {
                errors.Add(at, "required");
                continue;
            }

            var ok = true;
            if (string.IsNullOrWhiteSpace(goal.Id))
            {
                errors.Add($"{at}.id", "required");
                ok = false;
            }
            else if (!ids.Add(goal.Id))
            {
                errors.Add($"{at}.id", $"duplicate goal id '{goal.Id}'");
                ok = false;
            }

            if (string.IsNullOrWhiteSpace(goal.Label))
            {
                errors.Add($"{at}.label", "required");
                ok = false;
            }
            else if (goal.Label.Length > MaxGoalLabelLength)
            {
                errors.Add($"{at}.label", string.Create(CultureInfo.InvariantCulture, $"must be at most {MaxGoalLabelLength} characters"));
                ok = false;
            }

            if (ok)
            {
                valid.Add(new ValidGoal(goal.Id!, goal.Label!.Trim()));
            }
        }

        return valid;
    }

    /// <summary>Invariant 2: no program, a single referral element naming what fired.</summary>
    private static PlanRecommendation ReferralOnly(DurationClass duration, ScreeningResult screening)
    {
        var rules = screening.Rules.Where(r => Urgency.BlocksTreatment(r.Level)).ToList();
        var blocking = screening.Contraindications.Where(c => Contraindications.BlockingActions.Contains(c.Action)).ToList();
        var aims = new List<string>();
        if (screening.Urgency == Urgency.Emergency)
        {
            aims.Add("emergency medical assessment today (emergency department); no treatment until a clinician records the referral");
        }
        else if (screening.Urgency == Urgency.Urgent)
        {
            aims.Add("medical review within days; no treatment until a clinician records the referral or documents clearance");
        }

        foreach (var action in blocking.Select(c => c.Action).Distinct())
        {
            aims.Add(action switch
            {
                Contraindications.NoTreatment => "no treatment until medical clearance",
                Contraindications.Postpone => "postpone the session until the acute illness has passed",
                _ => "medical clearance before treatment",
            });
        }

        var frequency = screening.Urgency switch
        {
            Urgency.Emergency => "now",
            Urgency.Urgent => "within days (the same day if unwell or worsening)",
            _ => "before any treatment",
        };
        var element = new PlanElement(
            Referral,
            null,
            null,
            null,
            string.Join("; ", aims),
            null,
            null,
            null,
            Dosage.Often(frequency),
            "screening: " + string.Join("; ", [.. rules.Select(RuleText), .. blocking.Select(c => $"{c.Code} ({c.Action})")]),
            rules.Count > 0 ? EvidenceSources.Finucane2020 : EvidenceSources.Nccih,
            []);
        return new PlanRecommendation(DurationCode(duration), null, null, [element], ScreeningWarnings(screening));
    }

    internal static string RuleText(FiredRule rule) => $"{rule.Rule} ({rule.Level}: {string.Join(", ", rule.Because)})";

    private static List<PlanWarning> ScreeningWarnings(ScreeningResult screening)
    {
        var warnings = new List<PlanWarning>
        {
            new(PlanWarnings.Referral, "Screening blocks treatment: no program is recommended until a clinician records the referral or clearance."),
        };
        warnings.AddRange(screening.Rules.Select(r => new PlanWarning(PlanWarnings.RedFlag, $"Red flag rule {RuleText(r)}.")));
        warnings.AddRange(screening.Contraindications.Select(c => c.Action == "modify:positioning"
            ? new PlanWarning(PlanWarnings.Positioning, $"{c.Code}: when treatment is cleared, modify positioning (side-lying with pillows in later pregnancy; no prone lying; no deep leg work).")
            : new PlanWarning(PlanWarnings.Contraindication, $"{c.Code}: {c.Action}.")));
        return warnings;
    }
}

internal sealed record ValidFinding(string Code, string? Region, string? Side, int Severity);

internal sealed record ValidGoal(string Id, string Label);
