namespace BackPlan.Web.Features.Progress;

/// <summary>One point of a chart: the day as shown, and the score.</summary>
public sealed record ChartPoint(string Day, decimal Score);

/// <summary>
/// Everything <see cref="ProgressChart"/> draws, already read and worded by the page: plain
/// numbers and text, because an interactive component's parameters are serialised into the page.
/// </summary>
public sealed record ChartData(
    string Title,
    string ScoreTitle,
    string BaselineTitle,
    string? ThresholdTitle,
    decimal Min,
    decimal Max,
    decimal Baseline,
    decimal? Threshold,
    IReadOnlyList<ChartPoint> Points);
