using static BackPlan.Clinical.Plans.PlanVocabulary;

namespace BackPlan.Clinical.Plans;

/// <summary>
/// The engine's alternative for "revise" (plans.md, Review: neither responder on pain nor on
/// function at the first review → change the technique mix or dose). It starts from a fresh
/// recommendation for the current assessment, so new findings and screening count, and then:
/// every soft tissue technique that the previous program already used on the same region and side
/// is swapped for a different technique that is never deep (so no screening exclusion can be
/// broken), and the session length goes up one step within the 30–60 minute envelope of the
/// massage trials (evidence.md §7). Pure and deterministic.
/// </summary>
public static class PlanRevision
{
    public const int MinutesStep = 15;

    public const int MaxMinutes = 60;

    /// <summary>Warning code on a revised proposal.</summary>
    public const string Revised = "revised";

    /// <summary>The different, non-deep technique to try instead of each one.</summary>
    public static string AlternativeTo(string technique) => technique switch
    {
        "swedish_massage" => "soft_tissue_mobilization",
        "soft_tissue_mobilization" => "myofascial_release",
        "myofascial_release" => "soft_tissue_mobilization",
        "neuromuscular" => "myofascial_release",
        _ => Technique(technique)?.NonDeepAlternative ?? "soft_tissue_mobilization",
    };

    public static PlanRecommendation Revise(PlanRecommendation fresh, IReadOnlyList<PlanElement> previous)
    {
        ArgumentNullException.ThrowIfNull(fresh);
        ArgumentNullException.ThrowIfNull(previous);
        if (fresh.Schedule is null)
        {
            return fresh; // referral only: nothing to revise
        }

        var used = previous.Where(e => e.Kind == SoftTissue).Select(e => (e.Technique, e.Region, e.Side)).ToHashSet();
        var elements = new List<PlanElement>();
        var swaps = new List<string>();
        foreach (var element in fresh.Elements)
        {
            if (element.Kind != SoftTissue || element.Technique is null || !used.Contains((element.Technique, element.Region, element.Side)))
            {
                elements.Add(element);
                continue;
            }

            var alternative = AlternativeTo(element.Technique);
            swaps.Add($"{element.Technique} → {alternative} ({element.Region}, {element.Side})");
            var duplicate = elements.Any(e => e.Kind == SoftTissue && e.Technique == alternative && e.Region == element.Region && e.Side == element.Side);
            if (!duplicate)
            {
                elements.Add(element with
                {
                    Technique = alternative,
                    Pressure = Gentler(element.Pressure, Technique(alternative)!.DefaultPressure),
                    Reason = $"{element.Reason}; revised at review: {element.Technique} had not brought a clinically important change",
                });
            }
        }

        var schedule = fresh.Schedule.MinutesPerSession < MaxMinutes
            ? fresh.Schedule with { MinutesPerSession = Math.Min(MaxMinutes, fresh.Schedule.MinutesPerSession + MinutesStep) }
            : fresh.Schedule;
        var changes = new List<string>();
        if (swaps.Count > 0)
        {
            changes.Add("techniques changed: " + string.Join("; ", swaps));
        }

        if (schedule != fresh.Schedule)
        {
            changes.Add($"sessions lengthened from {fresh.Schedule.MinutesPerSession} to {schedule.MinutesPerSession} minutes");
        }

        if (changes.Count == 0)
        {
            changes.Add("no technique or dose left to change: consider referral if the next review shows no change");
        }

        var warning = new PlanWarning(Revised, "Revised after no clinically important change at review: " + string.Join("; ", changes) + ".");
        return fresh with { Schedule = schedule, Elements = elements, Warnings = [.. fresh.Warnings, warning] };
    }

    /// <summary>The lighter of the two pressures: a revision never presses harder than before.</summary>
    private static string Gentler(string? current, string proposed) =>
        current is not null && Rank(current) < Rank(proposed) ? current : proposed;

    private static int Rank(string pressure) => pressure switch
    {
        Light => 0,
        Moderate => 1,
        _ => 2,
    };
}
