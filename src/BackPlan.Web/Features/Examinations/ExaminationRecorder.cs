using BackPlan.Web.Data;
using BackPlan.Web.Features.Episodes;
using BackPlan.Web.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace BackPlan.Web.Features.Examinations;

/// <summary>
/// Saves an episode's examination: creates it on the first change, then updates it. Only
/// practitioners examine; the page shows the examination read-only to other staff.
/// </summary>
public sealed class ExaminationRecorder(BackPlanDb db, CurrentUser user, TimeProvider time)
{
    public bool CanEdit => user.Role == Roles.Practitioner;

    public Task<Examination?> FindAsync(Guid episodeId, CancellationToken ct = default) =>
        db.Examinations.FirstOrDefaultAsync(e => e.EpisodeId == episodeId, ct);

    /// <summary>
    /// Adds the posted finding, or changes the severity of the one already recorded for the same
    /// code, region and side. Field → messages; empty when saved.
    /// </summary>
    public async Task<Dictionary<string, string[]>> AddFindingAsync(Episode episode, ExaminationForm form, IStringLocalizer l, CancellationToken ct = default)
    {
        var errors = new Dictionary<string, string[]>();
        if (!CanEdit || form.ReadFinding(l, errors) is not { } finding)
        {
            return errors;
        }

        var examination = await FindAsync(episode.Id, ct);
        var findings = examination?.Findings.ToList() ?? [];
        var same = findings.FindIndex(f => f.Key() == finding.Key());
        if (same >= 0)
        {
            findings[same] = finding;
        }
        else if (findings.Count >= Examination.MaxFindings)
        {
            errors[ExaminationFields.Code] = [l[ExaminationMessages.TooManyFindings, Examination.MaxFindings].Value];
            return errors;
        }
        else
        {
            findings.Add(finding);
        }

        examination = Stamp(examination, episode);
        examination.Findings = findings;
        await db.SaveChangesAsync(ct);
        return errors;
    }

    /// <summary>Removes the finding named by its <see cref="ExaminationFinding.Key"/>; false when there is none.</summary>
    public async Task<bool> RemoveFindingAsync(Episode episode, string key, CancellationToken ct = default)
    {
        var examination = await FindAsync(episode.Id, ct);
        if (!CanEdit || examination is null || !examination.Findings.Exists(f => f.Key() == key))
        {
            return false;
        }

        Stamp(examination, episode);
        examination.Findings = examination.Findings.Where(f => f.Key() != key).ToList();
        await db.SaveChangesAsync(ct);
        return true;
    }

    /// <summary>Saves range of motion, posture, neurological signs and notes. Field → messages; empty when saved.</summary>
    public async Task<Dictionary<string, string[]>> SaveMeasurementsAsync(Episode episode, ExaminationForm form, IStringLocalizer l, CancellationToken ct = default)
    {
        var errors = new Dictionary<string, string[]>();
        if (!CanEdit || form.ReadMeasurements(l, errors) is not { } measures)
        {
            return errors;
        }

        var examination = Stamp(await FindAsync(episode.Id, ct), episode);
        examination.SchoberCm = measures.SchoberCm;
        examination.FingertipFloorCm = measures.FingertipFloorCm;
        examination.PostureObservations = measures.PostureObservations;
        examination.StraightLegRaiseLeft = measures.StraightLegRaiseLeft;
        examination.StraightLegRaiseRight = measures.StraightLegRaiseRight;
        examination.NeurologicalSigns = measures.NeurologicalSigns;
        examination.Notes = measures.Notes;
        await db.SaveChangesAsync(ct);
        return errors;
    }

    /// <summary>The episode's examination, new (and added) when there is none yet, stamped with who and when.</summary>
    private Examination Stamp(Examination? examination, Episode episode)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var by = user.UserName ?? "unknown";
        if (examination is null)
        {
            examination = new Examination
            {
                PatientId = episode.PatientId,
                EpisodeId = episode.Id,
                RecordedAt = now,
                RecordedBy = by,
            };
            db.Examinations.Add(examination);
        }
        else
        {
            examination.UpdatedAt = now;
            examination.UpdatedBy = by;
        }

        return examination;
    }
}
