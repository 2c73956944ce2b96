namespace BackPlan.Clinical.Outcomes;

/// <summary>One scored questionnaire of an episode: which instrument, when in the episode (baseline, review, discharge …), on which local day.</summary>
public sealed record OutcomeMeasure(string Instrument, string TimePoint, DateOnly On, decimal Score);
