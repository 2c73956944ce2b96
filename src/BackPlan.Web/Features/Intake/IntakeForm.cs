using BackPlan.Clinical;
using BackPlan.Clinical.Scoring;
using BackPlan.Clinical.Screening;

namespace BackPlan.Web.Features.Intake;

/// <summary>
/// The posted intake form read into instrument responses and screening answers. Field names are
/// the contract's item codes (odi.1, rf.fever …); PSFS activity names are "psfs.N.label".
/// Text is parsed by the clinical core's <see cref="AnswerText"/>, never coerced here.
/// </summary>
public sealed class IntakeForm
{
    public const string OnsetDate = "onsetDate";
    public const string PreviousEpisodes = "previousEpisodes";
    public const string WorkAndActivities = "workAndActivities";

    public IntakeForm(IReadOnlyDictionary<string, string> values) => Values = values;

    /// <summary>What was typed, by field name, to show again after a failed submit.</summary>
    public IReadOnlyDictionary<string, string> Values { get; }

    public static IntakeForm Read(IFormCollection form) =>
        new(form.Where(f => !f.Key.StartsWith("__", StringComparison.Ordinal) && f.Key != "_handler")
            .ToDictionary(f => f.Key, f => f.Value.ToString().Trim(), StringComparer.Ordinal));

    public string Value(string field) => Values.GetValueOrDefault(field, "");

    /// <summary>The answers given to one instrument; empty when none of its items was answered.</summary>
    public InstrumentResponse ResponseTo(InstrumentDefinition instrument)
    {
        var answers = new Dictionary<string, Answer?>(StringComparer.Ordinal);
        var labels = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var item in instrument.Items)
        {
            if (AnswerText.Parse(Value(item.Code), item.Domain) is { } answer)
            {
                answers[item.Code] = answer;
            }

            if (item.TakesLabel && Value(item.Code + ".label") is { Length: > 0 } label)
            {
                labels[item.Code] = label;
            }
        }

        return new InstrumentResponse(answers, labels);
    }

    /// <summary>Screening answers: every red-flag and contraindication question is yes or no.</summary>
    public ScreeningInput Screening(int? age) => new(age, RedFlags.Items.Select(i => i.Code)
        .Concat(Contraindications.Items.Select(i => i.Code))
        .ToDictionary(code => code, code => (Answer?)(Value(code) == "true" ? new Answer.Boolean(true) : new Answer.Boolean(false)), StringComparer.Ordinal));
}
