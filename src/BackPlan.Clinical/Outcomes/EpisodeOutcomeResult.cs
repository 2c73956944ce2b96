namespace BackPlan.Clinical.Outcomes;

/// <summary>
/// An episode's outcome per instrument (only instruments with a baseline), with pain-free (NPRS 0)
/// and recovered (NPRS 0 and RMDQ ≤ 2) at 4 weeks and at discharge: null when not measured.
/// </summary>
public sealed record EpisodeOutcomeResult(
    IReadOnlyDictionary<string, InstrumentOutcome> Instruments,
    bool? PainFreeAtFourWeeks,
    bool? PainFreeAtDischarge,
    bool? RecoveredAtFourWeeks,
    bool? RecoveredAtDischarge)
{
    public InstrumentOutcome? For(string instrument) => Instruments.GetValueOrDefault(instrument);
}
