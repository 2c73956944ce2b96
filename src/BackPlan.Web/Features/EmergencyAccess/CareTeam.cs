using BackPlan.Web.Data;
using BackPlan.Web.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace BackPlan.Web.Features.EmergencyAccess;

/// <summary>
/// Who may open a patient's clinical record (decision 0040). Admins and front desk keep the
/// clinic-wide access they had. A practitioner may when the clinic does not restrict records to
/// the care team, when they are on the patient's care team (the practitioner of any of the
/// patient's appointments, whatever its status, or of any session note), when nobody is on it yet
/// (a new patient: intake and the first booking must work), or while their emergency access lasts.
/// </summary>
public sealed class CareTeam(BackPlanDb db, CurrentUser user, TimeProvider time)
{
    public async Task<bool> MayOpenAsync(Guid patientId, CancellationToken ct = default)
    {
        if (user.Role != Roles.Practitioner || user.UserId is not { } userId)
        {
            return true;
        }

        var restricted = await db.Clinics.AsNoTracking().Where(c => c.Id == user.ClinicId).Select(c => c.RecordsForCareTeamOnly).FirstOrDefaultAsync(ct);
        return !restricted || await IsOnCareTeamAsync(patientId, userId, ct) || await OpenGrantAsync(patientId, userId, ct) is not null;
    }

    /// <summary>True when the account is one of the patient's practitioners, or the patient has none yet.</summary>
    public async Task<bool> IsOnCareTeamAsync(Guid patientId, string userId, CancellationToken ct = default)
    {
        var team = await db.Appointments.Where(a => a.PatientId == patientId).Select(a => a.PractitionerId)
            .Union(db.SessionNotes.Where(n => n.PatientId == patientId).Select(n => n.PractitionerId))
            .ToListAsync(ct);
        if (team.Count == 0)
        {
            return true;
        }

        var staffId = await db.Staff.Where(s => s.UserId == userId).Select(s => (Guid?)s.Id).FirstOrDefaultAsync(ct);
        return staffId is { } id && team.Contains(id);
    }

    /// <summary>The account's emergency access to the patient that has not run out yet, if any.</summary>
    public Task<EmergencyGrant?> OpenGrantAsync(Guid patientId, string userId, CancellationToken ct = default)
    {
        var now = time.GetUtcNow().UtcDateTime;
        return db.Set<EmergencyGrant>().AsNoTracking()
            .Where(g => g.PatientId == patientId && g.UserId == userId && g.ExpiresAt > now)
            .OrderByDescending(g => g.ExpiresAt).FirstOrDefaultAsync(ct);
    }
}
