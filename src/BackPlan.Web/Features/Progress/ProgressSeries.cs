using BackPlan.Clinical.Progress;

namespace BackPlan.Web.Features.Progress;

/// <summary>One measured value on the clinic's local day.</summary>
public sealed record ProgressPoint(DateOnly Day, decimal Score);

/// <summary>
/// One measure over time: an instrument (for PSFS, one activity, named by <see cref="Label"/>),
/// its points in order, and the clinical core's summary (baseline, threshold, verdict).
/// </summary>
public sealed record ProgressSeries(string Key, string Instrument, string? Label, IReadOnlyList<ProgressPoint> Points, ProgressSummary Summary);
