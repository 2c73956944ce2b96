namespace BackPlan.Clinical.Scoring.Definitions;

/// <summary>Fingertip-to-floor distance (Perret 2001; Ekedahl 2012; evidence.md §5.9).</summary>
internal static class Fft
{
    public static InstrumentDefinition Definition { get; } = new()
    {
        Code = "fft",
        Title = "Fingertip-to-floor distance",
        Version = "standing, feet together, knees straight",
        RecallPeriod = "at the examination",
        Items = [new("fft.distance_cm", ValueDomain.NumberRange(-30, 100), true, "Distance in cm from fingertips to the floor at full forward bend; negative when reaching below floor level (on a step).")],
        ScoringRule = "the value of fft.distance_cm",
        CompleteWhen = "fft.distance_cm answered",
        Range = new(-30, 100),
        HigherIsBetter = false,
        Licence = Licences.Free,
        LicenceNote = "A physical test; no owner.",
        Source = "Perret et al. 2001; Ekedahl et al. 2012; evidence.md §5.9",
        Rule = ScoringRules.Single("fft.distance_cm"),
    };
}
