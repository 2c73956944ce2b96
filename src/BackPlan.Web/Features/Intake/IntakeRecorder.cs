using System.Globalization;
using BackPlan.Clinical.Scoring;
using BackPlan.Clinical.Screening;
using BackPlan.Web.Data;
using BackPlan.Web.Features.Episodes;
using BackPlan.Web.Features.Patients;
using BackPlan.Web.Features.Questionnaires;
using BackPlan.Web.Features.Screening;
using BackPlan.Web.Platform.Tenancy;
using Catalogue = BackPlan.Clinical.Scoring.Instruments;

namespace BackPlan.Web.Features.Intake;

/// <summary>Scores and saves an intake: history, safety screening and the baseline questionnaires, together.</summary>
public sealed class IntakeRecorder(BackPlanDb db, CurrentUser user, TimeProvider time)
{
    /// <summary>The instruments of an intake, in the order the form shows them.</summary>
    public static IReadOnlyList<string> InstrumentCodes(string functionInstrument) =>
        ["nprs", functionInstrument, "sbst", "psfs", "sqs", "pss4"];

    /// <summary>Field → messages; empty when saved.</summary>
    public async Task<Dictionary<string, string[]>> SaveAsync(Episode episode, Patient patient, string functionInstrument, IntakeForm form, CancellationToken ct = default)
    {
        var errors = new Dictionary<string, string[]>();
        var onset = ReadHistory(form, episode, errors, out var previous);
        var responses = Score(form, InstrumentCodes(functionInstrument), errors);
        if (string.IsNullOrEmpty(form.Value("nprs.current")))
        {
            errors["nprs.current"] = ["Enter the pain now, from 0 to 10."];
        }

        var age = patient.AgeOn(episode.StartedOn);
        var screeningInput = form.Screening(age is >= 16 and <= 120 ? age : null);
        var screening = Screener.Evaluate(screeningInput);
        foreach (var (field, messages) in screening.Errors)
        {
            errors[field] = messages;
        }

        if (errors.Count > 0)
        {
            return errors;
        }

        var now = time.GetUtcNow().UtcDateTime;
        var by = user.UserName ?? "unknown";
        ApplyHistory(episode, onset!.Value, previous, form);
        db.QuestionnaireResponses.AddRange(responses.Select(r =>
            QuestionnaireResponse.From(r.Result, r.Response, episode.PatientId, episode.Id, TimePoints.Baseline, by, now)));
        db.Screenings.Add(NewScreening(episode, age, screeningInput, screening.Result!, by, now));
        await db.SaveChangesAsync(ct);
        return errors;
    }

    /// <summary>Scores every instrument that has an answer; the clinical core's messages go into <paramref name="errors"/> by item.</summary>
    internal static List<(InstrumentResponse Response, ScoreResult Result)> Score(IntakeForm form, IEnumerable<string> codes, Dictionary<string, string[]> errors)
    {
        var responses = new List<(InstrumentResponse Response, ScoreResult Result)>();
        foreach (var code in codes)
        {
            var response = form.ResponseTo(Catalogue.Find(code)!);
            if (response.Answers.Count == 0 && response.Labels?.Count is null or 0)
            {
                continue;
            }

            var scored = Scorer.Score(code, response);
            if (scored.Result is { } result)
            {
                responses.Add((response, result));
            }
            else
            {
                foreach (var (field, messages) in scored.Errors)
                {
                    errors[field] = messages;
                }
            }
        }

        return responses;
    }

    /// <summary>A screening record of the answers "yes"; a blocking result blocks the episode until a clinician resolves it.</summary>
    internal static ScreeningRecord NewScreening(Episode episode, int? age, ScreeningInput input, ScreeningResult result, string by, DateTime now) => new()
    {
        PatientId = episode.PatientId,
        EpisodeId = episode.Id,
        Age = age,
        Present = input.Answers!.Where(a => a.Value is BackPlan.Clinical.Answer.Boolean { Value: true }).Select(a => a.Key).ToList(),
        Result = result,
        RecordedAt = now,
        RecordedBy = by,
    };

    internal static void ApplyHistory(Episode episode, DateOnly onset, int previous, IntakeForm form)
    {
        episode.OnsetDate = onset;
        episode.PreviousEpisodes = previous;
        episode.WorkAndActivities = string.IsNullOrWhiteSpace(form.Value(IntakeForm.WorkAndActivities)) ? null : form.Value(IntakeForm.WorkAndActivities);
    }

    /// <summary>The history fields (onset, previous episodes, work and activities), checked.</summary>
    internal static DateOnly? ReadHistory(IntakeForm form, Episode episode, Dictionary<string, string[]> errors, out int previous)
    {
        previous = 0;
        DateOnly? onset = null;
        if (!DateOnly.TryParseExact(form.Value(IntakeForm.OnsetDate), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
        {
            errors[IntakeForm.OnsetDate] = ["Enter the date the pain began."];
        }
        else if (parsed > episode.StartedOn)
        {
            errors[IntakeForm.OnsetDate] = ["The pain cannot begin after the assessment date."];
        }
        else
        {
            onset = parsed;
        }

        var text = form.Value(IntakeForm.PreviousEpisodes);
        if (text.Length > 0 && (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out previous) || previous > 100))
        {
            errors[IntakeForm.PreviousEpisodes] = ["Enter a whole number from 0 to 100."];
        }

        if (form.Value(IntakeForm.WorkAndActivities).Length > 1000)
        {
            errors[IntakeForm.WorkAndActivities] = ["Use at most 1000 characters."];
        }

        return onset;
    }
}
