namespace BackPlan.Clinical.Scoring;

/// <summary>An instrument as data: what it asks, how it is scored and banded, and who owns it.</summary>
public sealed record InstrumentDefinition
{
    public required string Code { get; init; }

    public required string Title { get; init; }

    public required string Version { get; init; }

    public required string RecallPeriod { get; init; }

    public required IReadOnlyList<InstrumentItem> Items { get; init; }

    /// <summary>The item descriptions are our own words; this says so wherever the definition travels.</summary>
    public string DescriptionsNote { get; } = "Item descriptions are BackPlan's own summaries for staff, not the validated wording.";

    public required string ScoringRule { get; init; }

    public required string CompleteWhen { get; init; }

    public required ScoreRange Range { get; init; }

    public IReadOnlyList<Band> Bands { get; init; } = [];

    public required bool HigherIsBetter { get; init; }

    public required string Licence { get; init; }

    public required string LicenceNote { get; init; }

    /// <summary>A LOINC code only where we are sure of it; null otherwise.</summary>
    public string? Loinc { get; init; }

    public required string Source { get; init; }

    /// <summary>The computation; internal so it stays out of the JSON.</summary>
    internal ScoringRule Rule { get; init; } = _ => null;

    public InstrumentItem? FindItem(string code) => Items.FirstOrDefault(i => i.Code == code);

    public string? BandFor(decimal score) => Bands.FirstOrDefault(b => b.Contains(score))?.Code;
}
