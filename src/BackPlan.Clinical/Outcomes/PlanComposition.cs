using BackPlan.Clinical.Plans;

namespace BackPlan.Clinical.Outcomes;

/// <summary>
/// A program's composition, in the arms of Preyde 2000 (evidence.md §1): soft tissue work with
/// exercise and education (the comprehensive package), soft tissue only, exercise (with or without
/// education) without soft tissue, or anything else.
/// </summary>
public static class PlanComposition
{
    public const string Combined = "combined";
    public const string SoftTissueOnly = "soft_tissue_only";
    public const string ExerciseOnly = "exercise_only";
    public const string Other = "other";

    public static IReadOnlyList<string> All { get; } = [Combined, SoftTissueOnly, ExerciseOnly, Other];

    /// <summary>Posture and self-management advice count as education, as Preyde's "posture education" did.</summary>
    public static string Of(IEnumerable<string> elementKinds)
    {
        ArgumentNullException.ThrowIfNull(elementKinds);
        var kinds = elementKinds.ToHashSet(StringComparer.Ordinal);
        var softTissue = kinds.Contains(PlanVocabulary.SoftTissue);
        var exercise = kinds.Contains(PlanVocabulary.Exercise);
        var education = kinds.Overlaps([PlanVocabulary.Education, PlanVocabulary.Posture, PlanVocabulary.SelfManagement]);
        return (softTissue, exercise, education) switch
        {
            (true, true, true) => Combined,
            (true, false, _) => SoftTissueOnly,
            (false, true, _) => ExerciseOnly,
            _ => Other,
        };
    }
}
