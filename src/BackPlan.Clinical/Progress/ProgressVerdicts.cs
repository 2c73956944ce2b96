namespace BackPlan.Clinical.Progress;

/// <summary>What a series of scores says so far; pages show <c>progress.{verdict}</c> in the patient's language.</summary>
public static class ProgressVerdicts
{
    /// <summary>Only the baseline: nothing to compare yet.</summary>
    public const string OnlyBaseline = "only_baseline";

    /// <summary>The latest score reaches the instrument's responder threshold.</summary>
    public const string ImportantImprovement = "important_improvement";

    /// <summary>Some change, but not (yet) as large as the threshold.</summary>
    public const string NotYetImportant = "not_yet_important";

    /// <summary>The latest score is worse by at least the deterioration threshold.</summary>
    public const string ImportantWorsening = "important_worsening";

    /// <summary>No published threshold for this measure: the change is reported, not judged.</summary>
    public const string NoThreshold = "no_threshold";

    /// <summary>The baseline was too close to the best score for an improvement to be judged.</summary>
    public const string NotEvaluable = "not_evaluable";

    public static IReadOnlyList<string> All { get; } = [OnlyBaseline, ImportantImprovement, NotYetImportant, ImportantWorsening, NoThreshold, NotEvaluable];
}
