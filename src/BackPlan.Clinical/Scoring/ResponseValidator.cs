namespace BackPlan.Clinical.Scoring;

/// <summary>
/// Checks every answer and label of a response against the instrument and collects all the
/// problems at once. Valid answers come back as numbers (booleans as 1/0) for scoring.
/// </summary>
internal static class ResponseValidator
{
    public const int MaxLabelLength = 200;

    public static Dictionary<string, decimal> Validate(InstrumentDefinition instrument, InstrumentResponse? response, ValidationErrors errors)
    {
        var values = new Dictionary<string, decimal>(StringComparer.Ordinal);
        var answers = response?.Answers ?? new Dictionary<string, Answer?>();
        foreach (var (code, answer) in answers)
        {
            var item = instrument.FindItem(code);
            if (item is null)
            {
                errors.Add(code, $"unknown item for {instrument.Code}");
            }
            else if (Answer.IsAnswered(answer))
            {
                if (item.Domain.Accept(answer!) is { } value)
                {
                    values[code] = value;
                }
                else
                {
                    errors.Add(code, item.Domain.Requirement);
                }
            }
        }

        if (!answers.Values.Any(Answer.IsAnswered))
        {
            errors.Add("answers", "no answers given");
        }

        ValidateLabels(instrument, response?.Labels, errors);
        return values;
    }

    private static void ValidateLabels(InstrumentDefinition instrument, IReadOnlyDictionary<string, string>? labels, ValidationErrors errors)
    {
        foreach (var (code, label) in labels ?? new Dictionary<string, string>())
        {
            var field = $"labels.{code}";
            var item = instrument.FindItem(code);
            if (item is null)
            {
                errors.Add(field, $"unknown item for {instrument.Code}");
            }
            else if (!item.TakesLabel)
            {
                errors.Add(field, $"{code} does not take a label");
            }
            else if (string.IsNullOrWhiteSpace(label) || label.Length > MaxLabelLength)
            {
                errors.Add(field, $"must be text of 1 to {MaxLabelLength} characters");
            }
        }
    }
}
