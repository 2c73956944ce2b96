using System.Globalization;
using BackPlan.Clinical.Outcomes;
using BackPlan.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace BackPlan.Web.Features.Outcomes;

/// <summary>
/// The dashboard's figures, added up by the database: whole months from the monthly
/// <see cref="OutcomeAggregate"/> rows, partial first and last months of a period grouped from
/// <see cref="EpisodeOutcomeRecord"/> itself. Only sums per month and practitioner come back.
/// </summary>
public static class OutcomeSummary
{
    public static async Task<OutcomeSummaryDto> ComputeAsync(BackPlanDb db, OutcomeFilter filter, DateOnly today, DateTime now, CancellationToken ct = default)
    {
        var rebuilding = await OutcomeAggregates.RefreshChangedMonthsAsync(db, now, ct);
        var groups = await GroupsAsync(db, filter, today, ct);
        var a = new OutcomeSums();
        foreach (var group in groups)
        {
            a.Add(group);
        }

        var byPractitioner = groups.GroupBy(g => g.PractitionerId)
            .Select(g => new { g.Key, Due = g.Sum(x => x.Due), FollowedUp = g.Sum(x => x.FollowedUp) }).ToList();
        var byMonth = groups.GroupBy(g => g.Month)
            .Select(g => new { g.Key.Year, g.Key.Month, Due = g.Sum(x => x.Due), FollowedUp = g.Sum(x => x.FollowedUp) }).ToList();
        var names = await db.Staff.AsNoTracking().Select(s => new { s.Id, s.FullName }).ToDictionaryAsync(s => s.Id, s => s.FullName, ct);

        var painFree = ProportionFigure.Of(a.PainFree, a.PainFreeN);
        var comparator = PublishedBenchmarks.PainFreeComparator;
        var test = BinomialTest.TwoSided(a.PainFree, a.PainFreeN, comparator.Proportion);
        var missing = Math.Max(0, a.PainDue - a.PainFreeN);
        var denominator = a.PainFreeN + missing;
        var adverse = ProportionFigure.Of(a.Adverse, a.AdverseN);
        return new OutcomeSummaryDto(
            new OutcomeFilterDto(Iso(filter.From), Iso(filter.To), filter.LocationId, filter.PractitionerId, filter.DurationClass, filter.Risk, filter.Composition),
            new EpisodeCounts(a.Started, a.Completed, a.Due, a.FollowedUp, a.Due - a.FollowedUp),
            ProportionFigure.Of(a.FollowedUp, a.Due),
            ProportionFigure.Of(a.PainResp, a.PainRespN),
            ProportionFigure.Of(a.FunctionResp, a.FunctionRespN),
            ProportionFigure.Of(a.PainRespDischarge, a.PainRespDischargeN),
            ProportionFigure.Of(a.FunctionRespDischarge, a.FunctionRespDischargeN),
            ProportionFigure.Of(a.PainWorse, a.PainWorseN),
            ProportionFigure.Of(a.FunctionWorse, a.FunctionWorseN),
            painFree,
            ProportionFigure.Of(a.Recovered, a.RecoveredN),
            new MeanChanges(
                MeanFigure.Of(a.PainN, a.PainSum, a.PainSq),
                MeanFigure.Of(a.OdiN, a.OdiSum, a.OdiSq),
                MeanFigure.Of(a.RmdqN, a.RmdqSum, a.RmdqSq),
                MeanFigure.Of(a.SleepN, a.SleepSum, a.SleepSq),
                MeanFigure.Of(a.StressN, a.StressSum, a.StressSq),
                MeanFigure.Of(a.PsfsN, a.PsfsSum, a.PsfsSq)),
            new CareFigures(
                MeanFigure.Of(a.Started, a.SessionsSum, a.SessionsSq),
                ProportionFigure.Of(a.Missed, a.Attended + a.Missed),
                MeanFigure.Of(a.AdherenceN, a.AdherenceSum, a.AdherenceSq),
                adverse,
                ProportionFigure.Of(a.Soreness, a.SorenessN)),
            new PainFreeBenchmark(
                painFree,
                PublishedBenchmarks.PreydePainFree.Select(arm => new TrialArmDto(arm.Code, arm.Label, arm.Proportion, arm.N)).ToList(),
                comparator.Code,
                comparator.Proportion,
                test.PValue,
                BinomialTest.Method,
                missing,
                denominator == 0 ? null : (double)(a.PainFree + missing) / denominator,
                denominator == 0 ? null : (double)a.PainFree / denominator,
                PublishedBenchmarks.PreydeSource,
                PublishedBenchmarks.PainFreeCaveats),
            new AdverseEventBenchmark(adverse, PublishedBenchmarks.AdverseEventsLow, PublishedBenchmarks.AdverseEventsHigh, PublishedBenchmarks.AdverseEventsSource),
            PublishedBenchmarks.FunctionContext,
            byPractitioner
                .Select(p => new CompletenessRow(p.Key?.ToString() ?? "", p.Key is { } id ? names.GetValueOrDefault(id) ?? "?" : "(none)", ProportionFigure.Of(p.FollowedUp, p.Due)))
                .OrderBy(r => r.Label, StringComparer.CurrentCulture).ToList(),
            byMonth.OrderBy(m => m.Year).ThenBy(m => m.Month)
                .Select(m => new CompletenessRow(
                    string.Create(CultureInfo.InvariantCulture, $"{m.Year:D4}-{m.Month:D2}"),
                    string.Create(CultureInfo.InvariantCulture, $"{m.Year:D4}-{m.Month:D2}"),
                    ProportionFigure.Of(m.FollowedUp, m.Due)))
                .ToList(),
            rebuilding);
    }

    /// <summary>Sums per start month and practitioner (and finer, for the part read from the records) for the filter.</summary>
    private static async Task<List<OutcomeAggregate>> GroupsAsync(BackPlanDb db, OutcomeFilter filter, DateOnly today, CancellationToken ct)
    {
        // [first, end): the whole months inside the period, answered by the aggregates; the partial
        // months at either edge come from the records.
        var first = filter.From is { } from ? (from.Day == 1 ? from : OutcomeAggregateChange.MonthOf(from).AddMonths(1)) : DateOnly.MinValue;
        var end = filter.To is { } to ? OutcomeAggregateChange.MonthOf(to.AddDays(1)) : DateOnly.MaxValue;
        var records = db.Set<EpisodeOutcomeRecord>().AsNoTracking();
        if (first >= end)
        {
            return await OutcomeGroups.Of(filter.Apply(records), today).ToListAsync(ct);
        }

        var groups = await filter.ApplyDimensions(db.Set<OutcomeAggregate>().AsNoTracking())
            .Where(x => x.Month >= first && x.Month < end)
            .GroupBy(x => new MonthAndPractitioner { Month = x.Month, PractitionerId = x.PractitionerId })
            .Select(OutcomeSumsShape.SumByMonthAndPractitioner).ToListAsync(ct);
        // Who is due for follow-up depends on the day, so it is not stored: every episode is due but
        // those still inside their window without a 4-week score, a few recent ones found by the
        // FollowUpDueOn index. No start-date condition here: SQLite would take the StartedOn index
        // and read every row; months outside [first, end) simply match no group below.
        var waiting = await filter.ApplyDimensions(records)
            .Where(r => r.FollowUpDueOn >= today && r.PainFourWeeksOn == null)
            .GroupBy(r => new { r.StartedOn.Year, r.StartedOn.Month, r.PractitionerId })
            .Select(g => new { g.Key.Year, g.Key.Month, g.Key.PractitionerId, All = g.Count(), WithPain = g.Count(r => r.PainBaseline != null) })
            .ToDictionaryAsync(w => (new DateOnly(w.Year, w.Month, 1), w.PractitionerId), ct);
        foreach (var group in groups)
        {
            var notYet = waiting.GetValueOrDefault((group.Month, group.PractitionerId));
            group.Due = group.Started - (notYet?.All ?? 0);
            group.PainDue = group.PainBaselines - (notYet?.WithPain ?? 0);
        }

        // The partial months at the edges, each as one index range (an OR of the two would make
        // SQLite read every row of the clinic).
        if (filter.From is { } lower && lower < first)
        {
            groups.AddRange(await OutcomeGroups.Of(filter.ApplyDimensions(records).Where(r => r.StartedOn >= lower && r.StartedOn < first), today).ToListAsync(ct));
        }

        if (filter.To is { } upper && upper >= end)
        {
            groups.AddRange(await OutcomeGroups.Of(filter.ApplyDimensions(records).Where(r => r.StartedOn >= end && r.StartedOn <= upper), today).ToListAsync(ct));
        }

        return groups;
    }

    private static string? Iso(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

}
