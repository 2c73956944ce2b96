using BackPlan.Clinical;
using BackPlan.Clinical.Plans;
using BackPlan.Clinical.Screening;
using BackPlan.Web.Data;
using BackPlan.Web.Features.Episodes;
using BackPlan.Web.Features.Screening;
using Microsoft.EntityFrameworkCore;

namespace BackPlan.Web.Features.Plans;

/// <summary>Everything the plan is tailored to, read from the episode's records.</summary>
public sealed record PlanAssessment(
    PlanRequest Request,
    ScreeningRecord? Screening,
    ScreeningResult? EffectiveScreening,
    IReadOnlyList<PlanGoal> Goals)
{
    /// <summary>Approval and booking wait until a clinician resolves a blocking screening.</summary>
    public bool Blocked => Screening is null || Screening.Blocks;

    public static async Task<PlanAssessment> ReadAsync(BackPlanDb db, Episode episode, CancellationToken ct = default)
    {
        var screening = await db.Screenings.AsNoTracking().Where(s => s.EpisodeId == episode.Id)
            .OrderByDescending(s => s.RecordedAt).FirstOrDefaultAsync(ct);
        var latest = await db.QuestionnaireResponses.AsNoTracking()
            .Where(r => r.EpisodeId == episode.Id && (r.Instrument == "sbst" || r.Instrument == "psfs"))
            .OrderByDescending(r => r.RecordedAt).ToListAsync(ct);
        var sbst = latest.FirstOrDefault(r => r.Instrument == "sbst")?.Result.Band;
        var goals = latest.FirstOrDefault(r => r.Instrument == "psfs")?.Labels
            .OrderBy(l => l.Key, StringComparer.Ordinal)
            .Select(l => new PlanGoal(l.Key, l.Value)).ToList() ?? [];
        var findings = await db.Examinations.AsNoTracking().Where(x => x.EpisodeId == episode.Id)
            .Select(x => x.Findings).FirstOrDefaultAsync(ct) ?? [];
        var screeningInput = screening is null ? null : EffectiveInput(screening);
        var request = new PlanRequest(
            episode.OnsetDate,
            episode.StartedOn,
            sbst,
            screeningInput,
            findings.Select(f => (PlanFinding?)f.ToPlanFinding()).ToList(),
            goals);
        var effective = screeningInput is null ? null : Screener.Evaluate(screeningInput).Result;
        return new PlanAssessment(request, screening, effective, goals);
    }

    /// <summary>
    /// Once a clinician has recorded the referral or clearance, the red flags and the blocking
    /// contraindications they resolved no longer stop a program; the precautions (pressure
    /// limits, avoided regions, positioning) still shape it.
    /// </summary>
    private static ScreeningInput EffectiveInput(ScreeningRecord screening)
    {
        var present = screening.Resolution is null
            ? screening.Present
            : screening.Present.Where(code => code.StartsWith("ci.", StringComparison.Ordinal)
                && !Contraindications.Items.Single(i => i.Code == code).Actions.Any(a => Contraindications.BlockingActions.Contains(a))).ToList();
        var age = screening.Age is >= 16 and <= 120 ? screening.Age : null;
        return new ScreeningInput(age, present.ToDictionary(code => code, _ => (Answer?)new Answer.Boolean(true)));
    }
}
