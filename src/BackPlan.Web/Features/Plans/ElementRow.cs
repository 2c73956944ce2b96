using BackPlan.Clinical.Content;
using BackPlan.Clinical.Plans;

namespace BackPlan.Web.Features.Plans;

/// <summary>One plan element as the builder's text fields.</summary>
public sealed class ElementRow
{
    public string Kind { get; set; } = "";

    public string Technique { get; set; } = "";

    public string Region { get; set; } = "";

    public string Side { get; set; } = "";

    public string Pressure { get; set; } = "";

    public string Exercise { get; set; } = "";

    public string Topic { get; set; } = "";

    public string Aim { get; set; } = "";

    public string Sets { get; set; } = "";

    public string Reps { get; set; } = "";

    public string Hold { get; set; } = "";

    public string Minutes { get; set; } = "";

    public string Frequency { get; set; } = "";

    public string Reason { get; set; } = "";

    public string Source { get; set; } = "";

    public List<string> Serves { get; set; } = [];

    public bool Remove { get; set; }

    public static ElementRow From(PlanElement e) => new()
    {
        Kind = e.Kind,
        Technique = e.Technique ?? "",
        Region = e.Region ?? "",
        Side = e.Side ?? "",
        Pressure = e.Pressure ?? "",
        Exercise = e.Exercise ?? "",
        Topic = e.Topic ?? "",
        Aim = e.Aim,
        Sets = PlanBuilderForm.Text(e.Dosage?.Sets),
        Reps = PlanBuilderForm.Text(e.Dosage?.Reps),
        Hold = PlanBuilderForm.Text(e.Dosage?.HoldSeconds),
        Minutes = PlanBuilderForm.Text(e.Dosage?.Minutes),
        Frequency = e.Dosage?.Frequency ?? "",
        Reason = e.Reason,
        Source = e.Source,
        Serves = [.. e.Serves],
    };

    public static ElementRow Read(int i, Func<string, string> get, List<string> serves) => new()
    {
        Kind = get($"e{i}.kind"),
        Technique = get($"e{i}.technique"),
        Region = get($"e{i}.region"),
        Side = get($"e{i}.side"),
        Pressure = get($"e{i}.pressure"),
        Exercise = get($"e{i}.exercise"),
        Topic = get($"e{i}.topic"),
        Aim = get($"e{i}.aim"),
        Sets = get($"e{i}.sets"),
        Reps = get($"e{i}.reps"),
        Hold = get($"e{i}.hold"),
        Minutes = get($"e{i}.minutes"),
        // The builder shows a library frequency in the reader's language; the plan keeps the English words.
        Frequency = ContentLanguage.StoredFrequency(get($"e{i}.frequency"), UiLanguage.Current),
        Reason = get($"e{i}.reason"),
        Source = get($"e{i}.source"),
        Serves = serves,
        Remove = get($"e{i}.remove") == "true",
    };

    /// <summary>The element, or errors under "{prefix}.{field}" when a code or number is not allowed.</summary>
    public PlanElement? ToElement(string prefix, IReadOnlyCollection<string> goalIds, Dictionary<string, string[]> errors)
    {
        var before = errors.Count;
        void Error(string field, string message) => errors[$"{prefix}.{field}"] = [message];
        var soft = Kind == PlanVocabulary.SoftTissue;
        if (!PlanVocabulary.ElementKinds.Contains(Kind))
        {
            Error("kind", "Choose the kind of element.");
        }

        if (soft && PlanVocabulary.Technique(Technique) is null)
        {
            Error("technique", "Choose a technique.");
        }

        if (soft && PlanVocabulary.Regions.All(r => r.Code != Region))
        {
            Error("region", "Choose a region.");
        }

        if (Side.Length > 0 && !PlanVocabulary.Sides.Contains(Side))
        {
            Error("side", "Choose left, right or both.");
        }

        if (Pressure.Length > 0 && !PlanVocabulary.Pressures.Contains(Pressure))
        {
            Error("pressure", "Choose light, moderate or deep.");
        }

        if (Kind == PlanVocabulary.Exercise && ExerciseLibrary.Find(Exercise) is null)
        {
            Error("exercise", "Choose an exercise from the library.");
        }

        if (Kind is PlanVocabulary.Education or PlanVocabulary.Posture or PlanVocabulary.Lifestyle or PlanVocabulary.SelfManagement && TopicLibrary.Find(Topic) is null)
        {
            Error("topic", "Choose a topic from the library.");
        }

        if (Aim.Length > 300)
        {
            Error("aim", "Use at most 300 characters.");
        }

        if (Reason.Length is 0 or > 500)
        {
            Error("reason", "Say why this element is in the plan (at most 500 characters).");
        }

        if (EvidenceSources.All.All(s => s.Key != Source))
        {
            Error("source", "Choose the evidence source.");
        }

        if (Serves.Any(s => !goalIds.Contains(s)))
        {
            Error("serves", "Link only to the patient's goals.");
        }

        var sets = PlanBuilderForm.Number($"{prefix}.sets", Sets, 1, 20, errors);
        var reps = PlanBuilderForm.Number($"{prefix}.reps", Reps, 1, 100, errors);
        var hold = PlanBuilderForm.Number($"{prefix}.hold", Hold, 1, 600, errors);
        var minutes = PlanBuilderForm.Number($"{prefix}.minutes", Minutes, 1, 180, errors);
        if (Frequency.Length > 100)
        {
            Error("frequency", "Use at most 100 characters.");
        }

        if (errors.Count > before)
        {
            return null;
        }

        var dosage = sets is null && reps is null && hold is null && minutes is null && Frequency.Length == 0
            ? null
            : new Dosage(sets, reps, hold, minutes, Frequency);
        return new PlanElement(
            Kind,
            soft ? Technique : null,
            soft || Region.Length > 0 ? PlanBuilderForm.Blank(Region) : null,
            PlanBuilderForm.Blank(Side),
            Aim,
            soft ? PlanBuilderForm.Blank(Pressure) : null,
            Kind == PlanVocabulary.Exercise ? Exercise : null,
            Kind is PlanVocabulary.Education or PlanVocabulary.Posture or PlanVocabulary.Lifestyle or PlanVocabulary.SelfManagement ? Topic : null,
            dosage,
            Reason,
            Source,
            [.. Serves.Distinct()]);
    }
}
