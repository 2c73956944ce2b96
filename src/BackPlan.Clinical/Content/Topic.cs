namespace BackPlan.Clinical.Content;

/// <summary>
/// A piece of advice a patient can read: an education topic, or a posture, lifestyle or
/// self-management item (its <see cref="Kind"/> is the plan element kind it becomes). All text
/// of one topic lives here, keyed by <see cref="Code"/>, so a translation can be added per code.
/// <see cref="Findings"/> are the plans.md findings it serves, <see cref="Risks"/> the other
/// situations that call for it (<see cref="TopicLibrary.RiskCodes"/>), <see cref="Activities"/>
/// the goal activities it helps.
/// </summary>
public sealed record Topic
{
    public required string Code { get; init; }

    public required string Kind { get; init; }

    public required string Title { get; init; }

    /// <summary>A few short plain-language paragraphs.</summary>
    public required IReadOnlyList<string> Body { get; init; }

    /// <summary>When to go over it or do it (becomes the element's dosage frequency).</summary>
    public required string Frequency { get; init; }

    public required IReadOnlyList<string> Findings { get; init; }

    public required IReadOnlyList<string> Risks { get; init; }

    public required IReadOnlyList<string> Activities { get; init; }
}
