using BackPlan.Web.Data;
using BackPlan.Web.Features.Alerts;
using BackPlan.Web.Platform.Auditing;
using BackPlan.Web.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace BackPlan.Web.Features.EmergencyAccess;

/// <summary>
/// Opens a patient's record to a practitioner outside the care team, for
/// <see cref="EmergencyAccessRules.GrantDuration"/>, with a reason (decision 0040). In one
/// commit: the grant, an audit entry marked as emergency access with the reason, and an alert to
/// each of the clinic's admins (on /alerts, and by an email without health details).
/// </summary>
public sealed class BreakGlass(BackPlanDb db, CurrentUser user, TimeProvider time, StaffAlerts alerts)
{
    /// <summary>Null when the patient is not this clinic's; the reason is checked by the caller (<see cref="EmergencyAccessRules.ReasonError"/>).</summary>
    public async Task<EmergencyGrant?> OpenAsync(Guid patientId, string reason, CancellationToken ct = default)
    {
        if (user.ClinicId is not { } clinicId || user.UserId is not { } userId || !await db.Patients.AnyAsync(p => p.Id == patientId, ct))
        {
            return null;
        }

        reason = reason.Trim();
        var now = time.GetUtcNow().UtcDateTime;
        var name = user.UserName ?? "unknown";
        var grant = new EmergencyGrant
        {
            ClinicId = clinicId,
            PatientId = patientId,
            UserId = userId,
            UserName = name,
            Reason = reason,
            GrantedAt = now,
            ExpiresAt = now + EmergencyAccessRules.GrantDuration,
        };
        db.Set<EmergencyGrant>().Add(grant);
        db.AuditEntries.Add(AuditLog.Entry(user, clinicId, EmergencyAccessRules.AuditAction, patientId, reason, now));
        var admins = await db.Staff.AsNoTracking().Where(s => s.Role == Roles.Admin).Select(s => s.Id).ToListAsync(ct);
        foreach (var admin in admins)
        {
            await alerts.RaiseAsync(new AlertRequest(clinicId, patientId, AlertKinds.EmergencyAccess, AlertSeverity.Warning,
                $"{name}: {reason}", $"/audit?patient={patientId}", StaffMemberId: admin), ct);
        }

        await db.SaveChangesAsync(ct);
        return grant;
    }
}
