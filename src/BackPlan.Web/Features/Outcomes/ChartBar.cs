namespace BackPlan.Web.Features.Outcomes;

/// <summary>One bar of an outcome chart: a label and a percentage (plain data, serialised into the page).</summary>
public sealed record ChartBar(string Label, double Percent);
