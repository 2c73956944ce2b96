using BackPlan.Clinical.Plans;

namespace BackPlan.Clinical.Content;

/// <summary>
/// A home exercise in BackPlan's own plain words. <see cref="Aims"/> are the training goals it
/// serves (<see cref="ExerciseLibrary.AimCodes"/>), <see cref="Findings"/> the plans.md findings
/// and <see cref="Activities"/> the goal activities (<see cref="GoalActivities"/>) it helps.
/// All text of one exercise lives here, so a translation can be keyed by <see cref="Code"/>.
/// </summary>
public sealed record Exercise
{
    public required string Code { get; init; }

    public required string Name { get; init; }

    /// <summary>mobility, stretch, endurance, strength, function, aerobic, neural, relaxation or posture.</summary>
    public required string Category { get; init; }

    public required string Purpose { get; init; }

    public required IReadOnlyList<string> Steps { get; init; }

    public required Dosage Dosage { get; init; }

    public required IReadOnlyList<string> Easier { get; init; }

    public required IReadOnlyList<string> Harder { get; init; }

    public required IReadOnlyList<string> Aims { get; init; }

    public required IReadOnlyList<string> Findings { get; init; }

    public required IReadOnlyList<string> Activities { get; init; }

    public required IReadOnlyList<string> Cautions { get; init; }
}
