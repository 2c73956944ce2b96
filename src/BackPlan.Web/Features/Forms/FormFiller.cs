using BackPlan.Clinical;
using BackPlan.Clinical.Forms;
using BackPlan.Clinical.Screening;
using BackPlan.Web.Data;
using BackPlan.Web.Features.Alerts;
using BackPlan.Web.Features.Episodes;
using BackPlan.Web.Features.Intake;
using BackPlan.Web.Features.Patients;
using BackPlan.Web.Features.Questionnaires;
using BackPlan.Web.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;
using Catalogue = BackPlan.Clinical.Scoring.Instruments;

namespace BackPlan.Web.Features.Forms;

/// <summary>
/// Saves a portal form one step at a time and submits it when the last step is saved: scored by the
/// clinical core and stored exactly like the staff intake (<see cref="IntakeRecorder"/>), marked as
/// the patient's own. A red flag in the safety step is recorded and alerted at once, not at submit.
/// </summary>
public sealed class FormFiller(BackPlanDb db, CurrentUser user, TimeProvider time, StaffAlerts alerts)
{
    /// <summary>The messages of <see cref="SaveStepAsync"/> besides the intake's and the clinical core's (translated on the page).</summary>
    public static IReadOnlyList<string> Messages { get; } = ["Answer this question.", "Name at least one activity and rate it from 0 to 10."];

    /// <summary>The field names one step posts.</summary>
    public static IEnumerable<string> FieldsOf(ScheduledForm form, string step) => step switch
    {
        FormScheduler.HistoryStep => [IntakeForm.OnsetDate, IntakeForm.PreviousEpisodes, IntakeForm.WorkAndActivities],
        FormScheduler.SafetyStep => RedFlags.Items.Select(i => i.Code)
            .Concat(form.AsksContraindications ? Contraindications.Items.Select(i => i.Code) : []),
        _ => Catalogue.Find(step)!.Items.SelectMany(i => i.TakesLabel ? new[] { i.Code, i.Code + ".label" } : [i.Code]),
    };

    /// <summary>Field → messages; empty when the step was saved (and, after the last step, the form submitted).</summary>
    public async Task<Dictionary<string, string[]>> SaveStepAsync(ScheduledForm form, Episode episode, Patient patient, string step, IntakeForm posted, CancellationToken ct = default)
    {
        var errors = Check(episode, step, posted);
        if (errors.Count > 0)
        {
            return errors;
        }

        foreach (var field in FieldsOf(form, step))
        {
            if (posted.Value(field) is { Length: > 0 } value)
            {
                form.Draft[field] = value;
            }
            else
            {
                form.Draft.Remove(field);
            }
        }

        if (!form.SavedSteps.Contains(step))
        {
            form.SavedSteps.Add(step);
        }

        form.Status = FormStatus.InProgress;
        if (step == FormScheduler.SafetyStep)
        {
            await ScreenAsync(form, episode, patient, posted, ct);
        }

        if (form.NextStep is null)
        {
            await SubmitAsync(form, episode, patient, errors, ct);
        }

        if (errors.Count == 0)
        {
            await db.SaveChangesAsync(ct);
        }

        return errors;
    }

    private static Dictionary<string, string[]> Check(Episode episode, string step, IntakeForm posted)
    {
        var errors = new Dictionary<string, string[]>();
        if (step == FormScheduler.HistoryStep)
        {
            IntakeRecorder.ReadHistory(posted, episode, errors, out _);
        }
        else if (step != FormScheduler.SafetyStep)
        {
            var scored = IntakeRecorder.Score(posted, [step], errors);
            // The patient answers every item the instrument needs to be scored (instruments.md, "complete when").
            IEnumerable<string> unanswered = scored.FirstOrDefault().Result is { } result
                ? (result.Complete ? [] : step switch { "psfs" => result.Missing.Take(1), "nprs" => ["nprs.current"], _ => result.Missing })
                : step switch
                {
                    // Nothing valid to score: name what is missing besides the invalid answers.
                    "nprs" when posted.Value("nprs.current").Length == 0 => ["nprs.current"],
                    "psfs" when errors.Count == 0 => ["psfs.1"],
                    _ when errors.Count == 0 => Catalogue.Find(step)!.Items.Select(i => i.Code),
                    _ => [],
                };
            foreach (var code in unanswered)
            {
                errors[code] = [step switch
                {
                    "nprs" => "Enter the pain now, from 0 to 10.",
                    "psfs" => "Name at least one activity and rate it from 0 to 10.",
                    _ => "Answer this question.",
                }];
            }
        }

        return errors;
    }

    /// <summary>
    /// Records the safety answers like the intake does, so a flag blocks the episode as today, and
    /// alerts staff. Answers accumulate: a flag once reported in this form is not withdrawn by
    /// unticking it, so a patient cannot unblock their own episode. A check-in without any flag
    /// records nothing (the latest screening, and any block, stays as it is); it carries the
    /// contraindications of the latest screening forward, since it does not ask them again.
    /// </summary>
    private async Task ScreenAsync(ScheduledForm form, Episode episode, Patient patient, IntakeForm posted, CancellationToken ct)
    {
        var present = FieldsOf(form, FormScheduler.SafetyStep).Where(code => posted.Value(code) == "true").ToHashSet(StringComparer.Ordinal);
        var latest = await db.Screenings.Where(s => s.EpisodeId == episode.Id).OrderByDescending(s => s.RecordedAt).FirstOrDefaultAsync(ct);
        var own = form.ScreeningId is { } id ? await db.Screenings.FirstOrDefaultAsync(s => s.Id == id, ct) : null;
        if (own is not null)
        {
            present.UnionWith(own.Present);
            if (present.SetEquals(own.Present))
            {
                return;
            }
        }
        else if (!form.AsksContraindications && !present.Any(c => c.StartsWith("rf.", StringComparison.Ordinal)))
        {
            return;
        }

        if (!form.AsksContraindications && latest is not null)
        {
            present.UnionWith(latest.Present.Where(c => c.StartsWith("ci.", StringComparison.Ordinal)));
        }

        var age = patient.AgeOn(episode.StartedOn);
        var input = new ScreeningInput(age is >= 16 and <= 120 ? age : null,
            RedFlags.Items.Select(i => i.Code).Concat(Contraindications.Items.Select(i => i.Code))
                .ToDictionary(code => code, code => (Answer?)new Answer.Boolean(present.Contains(code)), StringComparer.Ordinal));
        var result = Screener.Evaluate(input).Result!;
        var now = time.GetUtcNow().UtcDateTime;
        var record = IntakeRecorder.NewScreening(episode, input.Age, input, result, RecordedBy(patient), now);
        db.Screenings.Add(record);
        form.ScreeningId = record.Id;
        if (result.Urgency != Urgency.None)
        {
            var rules = string.Join("; ", result.Rules.Select(r => $"{r.Rule} ({r.Level}): {string.Join(", ", r.Because)}"));
            await alerts.RaiseAsync(new AlertRequest(episode.ClinicId, episode.PatientId, AlertKinds.RedFlag,
                result.Urgency is Urgency.Emergency or Urgency.Urgent ? AlertSeverity.Urgent : AlertSeverity.Warning,
                $"Reported by the patient in the {form.TimePoint} form: {rules}", $"/episodes/{episode.Id}", episode.Id), ct);
        }
    }

    private async Task SubmitAsync(ScheduledForm form, Episode episode, Patient patient, Dictionary<string, string[]> errors, CancellationToken ct)
    {
        var answers = new IntakeForm(form.Draft);
        var instruments = form.Steps.Where(s => s is not (FormScheduler.HistoryStep or FormScheduler.SafetyStep)).ToList();
        var scored = IntakeRecorder.Score(answers, instruments, errors);
        DateOnly? onset = null;
        var previous = 0;
        if (form.Steps.Contains(FormScheduler.HistoryStep))
        {
            onset = IntakeRecorder.ReadHistory(answers, episode, errors, out previous);
        }

        if (errors.Count > 0)
        {
            return;
        }

        if (onset is { } date)
        {
            IntakeRecorder.ApplyHistory(episode, date, previous, answers);
        }

        var now = time.GetUtcNow().UtcDateTime;
        foreach (var (response, result) in scored)
        {
            var stored = QuestionnaireResponse.From(result, response, episode.PatientId, episode.Id, form.TimePoint, RecordedBy(patient), now);
            stored.ByPatient = true;
            db.QuestionnaireResponses.Add(stored);
            form.ResponseIds.Add(stored.Id);
            if (form.TimePoint == FormTimePoint.PreSession && result.Instrument == "nprs" && PainAlert.IsHigh(result.Score))
            {
                await alerts.RaiseAsync(new AlertRequest(episode.ClinicId, episode.PatientId, AlertKinds.HighPain, AlertSeverity.Warning,
                    $"Pain now {result.Score} of 10 in the check-in before a session.", $"/episodes/{episode.Id}", episode.Id), ct);
            }
        }

        form.Status = FormStatus.Completed;
        form.CompletedAt = now;
    }

    private string RecordedBy(Patient patient) => $"{user.UserName ?? patient.FullName} (patient)";
}
