namespace BackPlan.Clinical.Outcomes;

/// <summary>A score and the day it was taken.</summary>
public sealed record DatedScore(DateOnly On, decimal Score);
