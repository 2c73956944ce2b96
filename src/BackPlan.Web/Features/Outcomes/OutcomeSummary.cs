using System.Globalization;
using BackPlan.Clinical.Outcomes;
using BackPlan.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace BackPlan.Web.Features.Outcomes;

/// <summary>
/// The dashboard's figures, aggregated by the database over <see cref="EpisodeOutcomeRecord"/>
/// (three grouped queries: the whole filter, per practitioner, per month); only the sums come back.
/// </summary>
public static class OutcomeSummary
{
    public static async Task<OutcomeSummaryDto> ComputeAsync(BackPlanDb db, OutcomeFilter filter, DateOnly today, CancellationToken ct = default)
    {
        var rows = filter.Apply(db.Set<EpisodeOutcomeRecord>().AsNoTracking());
        var a = (await rows.GroupBy(r => 1).Select(g => new Totals
        {
            Started = g.Count(),
            Completed = g.Count(r => r.Completed),
            Due = g.Count(r => r.FollowUpDueOn < today || r.PainFourWeeksOn != null),
            FollowedUp = g.Count(r => r.PainFourWeeksOn != null),
            PainDue = g.Count(r => r.PainBaseline != null && (r.FollowUpDueOn < today || r.PainFourWeeksOn != null)),
            PainRespN = g.Count(r => r.PainResponderFourWeeks != null),
            PainResp = g.Count(r => r.PainResponderFourWeeks == true),
            FunctionRespN = g.Count(r => r.FunctionResponderFourWeeks != null),
            FunctionResp = g.Count(r => r.FunctionResponderFourWeeks == true),
            PainRespDischargeN = g.Count(r => r.PainResponderDischarge != null),
            PainRespDischarge = g.Count(r => r.PainResponderDischarge == true),
            FunctionRespDischargeN = g.Count(r => r.FunctionResponderDischarge != null),
            FunctionRespDischarge = g.Count(r => r.FunctionResponderDischarge == true),
            PainWorseN = g.Count(r => r.PainDeterioratedFourWeeks != null),
            PainWorse = g.Count(r => r.PainDeterioratedFourWeeks == true),
            FunctionWorseN = g.Count(r => r.FunctionDeterioratedFourWeeks != null),
            FunctionWorse = g.Count(r => r.FunctionDeterioratedFourWeeks == true),
            PainFreeN = g.Count(r => r.PainFreeFourWeeks != null),
            PainFree = g.Count(r => r.PainFreeFourWeeks == true),
            RecoveredN = g.Count(r => r.RecoveredFourWeeks != null),
            Recovered = g.Count(r => r.RecoveredFourWeeks == true),
            PainN = g.Count(r => r.PainChangeFourWeeks != null),
            PainSum = g.Sum(r => r.PainChangeFourWeeks),
            PainSq = g.Sum(r => r.PainChangeFourWeeks * r.PainChangeFourWeeks),
            OdiN = g.Count(r => r.FunctionInstrument == "odi" && r.FunctionChangeFourWeeks != null),
            OdiSum = g.Sum(r => r.FunctionInstrument == "odi" ? r.FunctionChangeFourWeeks : null),
            OdiSq = g.Sum(r => r.FunctionInstrument == "odi" ? r.FunctionChangeFourWeeks * r.FunctionChangeFourWeeks : null),
            RmdqN = g.Count(r => r.FunctionInstrument == "rmdq" && r.FunctionChangeFourWeeks != null),
            RmdqSum = g.Sum(r => r.FunctionInstrument == "rmdq" ? r.FunctionChangeFourWeeks : null),
            RmdqSq = g.Sum(r => r.FunctionInstrument == "rmdq" ? r.FunctionChangeFourWeeks * r.FunctionChangeFourWeeks : null),
            SleepN = g.Count(r => r.SleepChangeFourWeeks != null),
            SleepSum = g.Sum(r => r.SleepChangeFourWeeks),
            SleepSq = g.Sum(r => r.SleepChangeFourWeeks * r.SleepChangeFourWeeks),
            StressN = g.Count(r => r.StressChangeFourWeeks != null),
            StressSum = g.Sum(r => r.StressChangeFourWeeks),
            StressSq = g.Sum(r => r.StressChangeFourWeeks * r.StressChangeFourWeeks),
            PsfsN = g.Count(r => r.PsfsChangeFourWeeks != null),
            PsfsSum = g.Sum(r => r.PsfsChangeFourWeeks),
            PsfsSq = g.Sum(r => r.PsfsChangeFourWeeks * r.PsfsChangeFourWeeks),
            SessionsSum = g.Sum(r => (double)r.SessionsAttended),
            SessionsSq = g.Sum(r => (double)(r.SessionsAttended * r.SessionsAttended)),
            Attended = g.Sum(r => r.SessionsAttended),
            Missed = g.Sum(r => r.SessionsMissed),
            AdherenceN = g.Count(r => r.Adherence != null),
            AdherenceSum = g.Sum(r => r.Adherence),
            AdherenceSq = g.Sum(r => r.Adherence * r.Adherence),
            AdverseN = g.Count(r => r.AdverseEvents != null),
            Adverse = g.Count(r => r.AdverseEvents > 0),
            SorenessN = g.Count(r => r.SorenessReports != null),
            Soreness = g.Count(r => r.SorenessReports > 0),
        }).ToListAsync(ct)).FirstOrDefault() ?? new Totals();

        var byPractitioner = await rows.GroupBy(r => r.PractitionerId).Select(g => new Completeness
        {
            Key = g.Key,
            Due = g.Count(r => r.FollowUpDueOn < today || r.PainFourWeeksOn != null),
            FollowedUp = g.Count(r => r.PainFourWeeksOn != null),
        }).ToListAsync(ct);
        var byMonth = await rows.GroupBy(r => new { r.StartedOn.Year, r.StartedOn.Month }).Select(g => new
        {
            g.Key.Year,
            g.Key.Month,
            Due = g.Count(r => r.FollowUpDueOn < today || r.PainFourWeeksOn != null),
            FollowedUp = g.Count(r => r.PainFourWeeksOn != null),
        }).ToListAsync(ct);
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
                ProportionFigure.Of(a.Missed ?? 0, (a.Attended ?? 0) + (a.Missed ?? 0)),
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
                .ToList());
    }

    private static string? Iso(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private sealed class Completeness
    {
        public Guid? Key { get; init; }

        public int Due { get; init; }

        public int FollowedUp { get; init; }
    }
}
