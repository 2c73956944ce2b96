using BackPlan.Clinical.Plans;
using BackPlan.Web.Data;
using BackPlan.Web.Features.Clinics;
using BackPlan.Web.Features.Episodes;
using BackPlan.Web.Features.Staff;
using BackPlan.Web.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace BackPlan.Web.Features.Plans;

/// <summary>Drafts, edits and approves versions of an episode's program. Approved versions are never edited.</summary>
public sealed class PlanWorkflow(BackPlanDb db, CurrentUser user, TimeProvider time, ClinicClock clock)
{
    public Task<List<PlanVersion>> VersionsAsync(Guid episodeId, CancellationToken ct = default) =>
        db.PlanVersions.Where(p => p.EpisodeId == episodeId).OrderByDescending(p => p.Number).ToListAsync(ct);

    /// <summary>A new draft from the recommendation engine (or, for a blocked assessment, errors).</summary>
    /// <summary>
    /// A new draft from the engine's recommendation for the current assessment; when
    /// <paramref name="revising"/> is the approved program that did not help, the engine's
    /// alternative to it instead (<see cref="PlanRevision"/>).
    /// </summary>
    public async Task<(PlanVersion? Draft, IReadOnlyDictionary<string, string[]> Errors)> DraftFromRecommendationAsync(
        Episode episode, PlanAssessment assessment, PlanVersion? revising = null, CancellationToken ct = default)
    {
        var recommended = PlanRecommender.Recommend(assessment.Request);
        if (recommended.Result is not { } plan)
        {
            return (null, recommended.Errors);
        }

        if (revising is not null)
        {
            plan = PlanRevision.Revise(plan, revising.Elements);
        }

        var draft = await NewDraftAsync(episode, revising is null ? "recommendation" : $"revision of version {revising.Number}", ct);
        draft.Schedule = plan.Schedule;
        draft.ReviewAfterSession = plan.ReviewAfterSession;
        draft.Elements = [.. plan.Elements];
        draft.Warnings = [.. plan.Warnings];
        draft.PatientGoals = string.Join("\n", assessment.Goals.Select(g => g.Label));
        await db.SaveChangesAsync(ct);
        return (draft, new Dictionary<string, string[]>());
    }

    /// <summary>A new draft copying an approved version, to change it.</summary>
    public async Task<PlanVersion> DraftFromVersionAsync(Episode episode, PlanVersion source, CancellationToken ct = default)
    {
        var draft = await NewDraftAsync(episode, $"version {source.Number}", ct);
        draft.Schedule = source.Schedule;
        draft.ReviewAfterSession = source.ReviewAfterSession;
        draft.Elements = [.. source.Elements];
        draft.Warnings = [.. source.Warnings];
        draft.PatientGoals = source.PatientGoals;
        await db.SaveChangesAsync(ct);
        return draft;
    }

    public async Task SaveDraftAsync(PlanVersion draft, PlanEdit edit, CancellationToken ct = default)
    {
        if (draft.Status != PlanStatus.Draft)
        {
            throw new InvalidOperationException("An approved plan is never edited; start a new version.");
        }

        draft.Elements = [.. edit.Elements];
        draft.Schedule = edit.Schedule;
        draft.ReviewAfterSession = edit.ReviewAfterSession;
        draft.PatientGoals = edit.PatientGoals;
        draft.ChangeReason = edit.ChangeReason;
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Approves the draft, or says every reason it may not be approved.</summary>
    public async Task<IReadOnlyList<string>> ApproveAsync(Episode episode, PlanVersion draft, PlanAssessment assessment, CancellationToken ct = default)
    {
        var problems = new List<string>();
        var me = await db.Staff.AsNoTracking().FirstOrDefaultAsync(s => s.UserId == user.UserId, ct);
        if (me is null || me.Role != Roles.Practitioner)
        {
            problems.Add("Only a practitioner may approve a plan.");
        }
        else if (!Licence.AllowsClinicalWork(me.LicenceExpiresOn, await clock.TodayAsync(ct)))
        {
            problems.Add("Your professional licence has expired: update it before approving plans.");
        }

        if (assessment.Screening is null)
        {
            problems.Add("Record the intake with its safety screening before approving a plan.");
        }
        else if (assessment.Blocked)
        {
            problems.Add("The safety screening blocks treatment until a clinician records the referral or clearance.");
        }

        if (assessment.EffectiveScreening is { } screening)
        {
            problems.AddRange(PlanInvariants.Check(draft.Elements, screening, assessment.Goals, assessment.Request.Sbst, assessment.Request.Findings)
                .Select(v => v.Message));
        }

        if (draft.Schedule is null && draft.Elements.Any(e => e.Kind != PlanVocabulary.Referral))
        {
            problems.Add("Give the schedule: sessions, weeks and minutes per session.");
        }

        if (draft.Number > 1 && string.IsNullOrWhiteSpace(draft.ChangeReason))
        {
            problems.Add("Say why this version changes the previous one.");
        }

        if (!episode.IsOpen)
        {
            problems.Add("This episode is closed.");
        }

        if (problems.Count > 0)
        {
            return problems;
        }

        var now = time.GetUtcNow().UtcDateTime;
        foreach (var approved in await db.PlanVersions.Where(p => p.EpisodeId == episode.Id && p.Status == PlanStatus.Approved).ToListAsync(ct))
        {
            approved.Status = PlanStatus.Superseded;
        }

        draft.Status = PlanStatus.Approved;
        draft.ApprovedAt = now;
        draft.ApprovedBy = user.UserName;
        if (episode.Status == EpisodeStatus.Assessing)
        {
            episode.Status = EpisodeStatus.Active;
        }

        await db.SaveChangesAsync(ct);
        return problems;
    }

    private async Task<PlanVersion> NewDraftAsync(Episode episode, string origin, CancellationToken ct)
    {
        // One draft at a time: a new draft replaces an unapproved one (removed through the change tracker, so it is audited).
        db.PlanVersions.RemoveRange(await db.PlanVersions.Where(p => p.EpisodeId == episode.Id && p.Status == PlanStatus.Draft).ToListAsync(ct));
        await db.SaveChangesAsync(ct);
        var number = (await db.PlanVersions.Where(p => p.EpisodeId == episode.Id).MaxAsync(p => (int?)p.Number, ct) ?? 0) + 1;
        var draft = new PlanVersion
        {
            PatientId = episode.PatientId,
            EpisodeId = episode.Id,
            Number = number,
            Origin = origin,
            CreatedAt = time.GetUtcNow().UtcDateTime,
            CreatedBy = user.UserName ?? "unknown",
        };
        db.PlanVersions.Add(draft);
        return draft;
    }
}

/// <summary>What the practitioner changed in the builder.</summary>
public sealed record PlanEdit(IReadOnlyList<PlanElement> Elements, PlanSchedule? Schedule, int? ReviewAfterSession, string? PatientGoals, string? ChangeReason);
