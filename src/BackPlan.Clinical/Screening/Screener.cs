namespace BackPlan.Clinical.Screening;

/// <summary>Maps screening answers to an urgency, the rules behind it and the treatment limits.</summary>
public static class Screener
{
    private static readonly List<string> RedFlagOrder = RedFlags.Items.Select(i => i.Code).ToList();

    public static Validated<ScreeningResult> Evaluate(ScreeningInput input)
    {
        var errors = new ValidationErrors();
        var present = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (code, answer) in input?.Answers ?? new Dictionary<string, Answer?>())
        {
            if (!IsKnown(code))
            {
                errors.Add(code, "unknown screening item");
            }
            else if (Answer.IsAnswered(answer) && answer is not Answer.Boolean)
            {
                errors.Add(code, "must be true or false");
            }
            else if (answer is Answer.Boolean { Value: true })
            {
                present.Add(code);
            }
        }

        if (input?.Age is < 16 or > 120)
        {
            errors.Add("age", "must be an integer from 16 to 120");
        }

        return errors.Any ? errors.Invalid<ScreeningResult>() : Validated.Valid(Build(new Findings(present, input?.Age)));
    }

    private static bool IsKnown(string code) =>
        RedFlags.Items.Any(i => i.Code == code) || Contraindications.Items.Any(i => i.Code == code);

    private static ScreeningResult Build(Findings findings)
    {
        var fired = ScreeningRules.All
            .Select(rule => new FiredRule(rule.Code, rule.Level, InCatalogueOrder(rule.Because(findings))))
            .Where(r => r.Because.Count > 0)
            .OrderByDescending(r => Urgency.Rank(r.Level))
            .ToList();
        var urgency = fired.Count > 0 ? fired[0].Level : Urgency.None;
        var contraindications = Contraindications.Items
            .Where(i => findings.Has(i.Code))
            .SelectMany(i => i.Actions.Select(a => new ContraindicationFinding(i.Code, a)))
            .ToList();
        var mayTreat = !Urgency.BlocksTreatment(urgency)
            && !contraindications.Any(c => Contraindications.BlockingActions.Contains(c.Action));
        var excluded = contraindications.Any(c => Contraindications.DeepPressureActions.Contains(c.Action))
            ? Contraindications.DeepTechniques
            : [];
        return new ScreeningResult(urgency, fired, contraindications, mayTreat, excluded);
    }

    private static List<string> InCatalogueOrder(IEnumerable<string> codes) =>
        codes.Distinct().OrderBy(RedFlagOrder.IndexOf).ToList();
}
