using System.Globalization;
using BackPlan.Clinical.Changes;
using BackPlan.Clinical.Outcomes;
using BackPlan.Web.Features.Appointments;
using BackPlan.Web.Features.Episodes;

namespace BackPlan.Web.Features.Outcomes;

/// <summary>Fills an episode's outcome record from its data, already loaded (no I/O: the recorder, the demo and the seeder share it).</summary>
public static class OutcomeRecordBuilder
{
    // planKinds: element kinds of the last approved program (null without one); fallbackPractitionerId: who
    // approved it, for episodes without appointments; onlyLocationId: the clinic's location when it has just one.
    public static void Fill(
        EpisodeOutcomeRecord record,
        Episode episode,
        IReadOnlyList<OutcomeMeasure> measures,
        string? riskGroup,
        IReadOnlyList<string>? planKinds,
        IReadOnlyList<SessionRow> sessions,
        CareCounts care,
        Guid? fallbackPractitionerId,
        Guid? onlyLocationId,
        DateOnly? endedOn,
        FollowUpWindow window,
        DateTime now)
    {
        var outcome = EpisodeOutcome.Compute(measures, window);
        var pain = outcome.For("nprs");
        var function = outcome.For("odi") ?? outcome.For("rmdq");
        var seen = sessions.Where(s => s.Status == AppointmentStatus.Attended).ToList();
        var mostSeen = (seen.Count > 0 ? seen : sessions).GroupBy(s => s.PractitionerId).OrderByDescending(g => g.Count()).FirstOrDefault()?.Key;

        record.ClinicId = episode.ClinicId;
        record.EpisodeId = episode.Id;
        record.PatientId = episode.PatientId;
        record.PractitionerId = mostSeen ?? fallbackPractitionerId;
        record.LocationId = (seen.Count > 0 ? seen : sessions).Select(s => s.LocationId).FirstOrDefault(l => l is not null) ?? onlyLocationId;
        record.DurationClass = episode.DurationClass.ToString().ToLower(CultureInfo.InvariantCulture);
        record.RiskGroup = riskGroup;
        record.Composition = planKinds is null ? null : PlanComposition.Of(planKinds);
        record.StartedOn = episode.StartedOn;
        record.EndedOn = endedOn;
        record.Completed = episode.Status is EpisodeStatus.Discharged or EpisodeStatus.Referred;
        record.FollowUpDueOn = (pain?.Baseline.On ?? episode.StartedOn).AddDays(window.ToDay);

        record.PainBaseline = (double?)pain?.Baseline.Score;
        record.PainFourWeeksOn = pain?.FourWeeks?.On;
        record.PainChangeFourWeeks = Change(pain?.FourWeekChange);
        record.PainChangeDischarge = Change(pain?.DischargeChange);
        record.PainResponderFourWeeks = pain?.FourWeekChange?.Responder;
        record.PainResponderDischarge = pain?.DischargeChange?.Responder;
        record.PainDeterioratedFourWeeks = pain?.FourWeekChange?.Deteriorated;
        record.PainFreeFourWeeks = outcome.PainFreeAtFourWeeks;
        record.PainFreeDischarge = outcome.PainFreeAtDischarge;

        record.FunctionInstrument = function?.Instrument;
        record.FunctionBaseline = (double?)function?.Baseline.Score;
        record.FunctionChangeFourWeeks = Change(function?.FourWeekChange);
        record.FunctionChangeDischarge = Change(function?.DischargeChange);
        record.FunctionResponderFourWeeks = function?.FourWeekChange?.Responder;
        record.FunctionResponderDischarge = function?.DischargeChange?.Responder;
        record.FunctionDeterioratedFourWeeks = function?.FourWeekChange?.Deteriorated;
        record.RecoveredFourWeeks = outcome.RecoveredAtFourWeeks;

        record.PsfsChangeFourWeeks = Change(outcome.For("psfs")?.FourWeekChange);
        record.PsfsResponderFourWeeks = outcome.For("psfs")?.FourWeekChange?.Responder;
        record.SleepChangeFourWeeks = Change(outcome.For("sqs")?.FourWeekChange);
        record.StressChangeFourWeeks = Change(outcome.For("pss4")?.FourWeekChange);

        record.SessionsAttended = seen.Count;
        record.SessionsMissed = sessions.Count(s => s.Status == AppointmentStatus.NoShow);
        record.Adherence = care.Adherence;
        record.AdverseEvents = care.AdverseEvents;
        record.SorenessReports = care.SorenessReports;
        record.ComputedAt = now;
    }

    private static double? Change(ChangeResult? change) => change is null ? null : (double)change.Change;
}
