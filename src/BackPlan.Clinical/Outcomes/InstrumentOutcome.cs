using BackPlan.Clinical.Changes;

namespace BackPlan.Clinical.Outcomes;

/// <summary>One instrument over an episode: its baseline, the 4-week, last review and discharge measures, and the change to each.</summary>
public sealed record InstrumentOutcome(
    string Instrument,
    DatedScore Baseline,
    DatedScore? FourWeeks,
    DatedScore? Review,
    DatedScore? Discharge,
    ChangeResult? FourWeekChange,
    ChangeResult? ReviewChange,
    ChangeResult? DischargeChange);
