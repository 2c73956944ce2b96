namespace BackPlan.Clinical.Scoring;

public sealed record ScoreRange(decimal Min, decimal Max)
{
    public bool Contains(decimal value) => value >= Min && value <= Max;
}
