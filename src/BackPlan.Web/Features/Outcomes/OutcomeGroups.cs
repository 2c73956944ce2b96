namespace BackPlan.Web.Features.Outcomes;

/// <summary>
/// The one grouped query over outcome records: by start month and every filter dimension, with all
/// the dashboard's sums. Rebuilding the monthly aggregates stores its rows; the dashboard runs it for
/// the partial months at the edges of a period.
/// </summary>
public static class OutcomeGroups
{
    /// <param name="rows">The records to group, already filtered.</param>
    /// <param name="today">The clinic's day, for <see cref="OutcomeSums.Due"/> and <see cref="OutcomeSums.PainDue"/> (not stored).</param>
    public static IQueryable<OutcomeAggregate> Of(IQueryable<EpisodeOutcomeRecord> rows, DateOnly today) => rows
        .GroupBy(r => new { r.ClinicId, r.StartedOn.Year, r.StartedOn.Month, r.LocationId, r.PractitionerId, r.DurationClass, r.RiskGroup, r.Composition })
        .Select(g => new OutcomeAggregate
        {
            ClinicId = g.Key.ClinicId,
            Month = new DateOnly(g.Key.Year, g.Key.Month, 1),
            LocationId = g.Key.LocationId,
            PractitionerId = g.Key.PractitionerId,
            DurationClass = g.Key.DurationClass,
            RiskGroup = g.Key.RiskGroup,
            Composition = g.Key.Composition,
            Started = g.Count(),
            Completed = g.Count(r => r.Completed),
            FollowedUp = g.Count(r => r.PainFourWeeksOn != null),
            PainBaselines = g.Count(r => r.PainBaseline != null),
            Due = g.Count(r => r.FollowUpDueOn < today || r.PainFourWeeksOn != null),
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
        });
}
