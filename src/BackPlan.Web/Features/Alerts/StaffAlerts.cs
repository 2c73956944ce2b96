using BackPlan.Web.Data;
using BackPlan.Web.Features.Appointments;
using BackPlan.Web.Platform.Email;
using BackPlan.Web.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace BackPlan.Web.Features.Alerts;

/// <summary>
/// Raises <see cref="StaffAlert"/>s in the caller's unit of work (the caller saves): the alert for
/// the page, and an email to its addressee through the outbox. The email carries no health
/// details, only a link to sign in and look.
/// </summary>
public sealed class StaffAlerts(BackPlanDb db, Outbox outbox, TimeProvider time, IOptions<EmailOptions> email)
{
    public async Task<StaffAlert> RaiseAsync(AlertRequest request, CancellationToken ct = default)
    {
        var addressee = request.StaffMemberId ?? await PractitionerOfAsync(request.PatientId, ct);
        var alert = new StaffAlert
        {
            ClinicId = request.ClinicId,
            PatientId = request.PatientId,
            EpisodeId = request.EpisodeId,
            StaffMemberId = addressee,
            Kind = request.Kind,
            Severity = request.Severity,
            Detail = request.Detail?.Length > 2000 ? request.Detail[..2000] : request.Detail,
            Link = request.Link,
            Exercise = request.Exercise,
            CreatedAt = time.GetUtcNow().UtcDateTime,
        };
        db.Set<StaffAlert>().Add(alert);

        var recipients = await db.Staff.AsNoTracking()
            .Where(s => s.ClinicId == request.ClinicId && (addressee == null ? s.Role == Roles.Practitioner : s.Id == addressee))
            .Select(s => s.Email).ToListAsync(ct);
        var link = $"{email.Value.PublicBaseUrl.TrimEnd('/')}/alerts";
        var subject = request.Severity == AlertSeverity.Urgent ? "BackPlan: urgent patient alert" : "BackPlan: a patient alert needs your attention";
        foreach (var to in recipients)
        {
            outbox.Enqueue("staff-alert", to, subject, $"""
                A patient alert is waiting for you in BackPlan.

                Sign in to see it and to acknowledge it:
                {link}

                This email leaves out health details on purpose.
                """);
        }

        return alert;
    }

    /// <summary>
    /// The practitioner who looks after the patient: the one of their latest appointment that has
    /// started, else of their next one; null when they have none yet.
    /// </summary>
    private async Task<Guid?> PractitionerOfAsync(Guid patientId, CancellationToken ct)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var visits = db.Appointments.AsNoTracking().Where(a => a.PatientId == patientId && a.Status != AppointmentStatus.Cancelled);
        var latest = await visits.Where(a => a.StartUtc <= now).OrderByDescending(a => a.StartUtc).Select(a => (Guid?)a.PractitionerId).FirstOrDefaultAsync(ct);
        return latest ?? await visits.Where(a => a.StartUtc > now).OrderBy(a => a.StartUtc).Select(a => (Guid?)a.PractitionerId).FirstOrDefaultAsync(ct);
    }
}

/// <summary>What to raise; a null <c>StaffMemberId</c> lets <see cref="StaffAlerts"/> address the patient's practitioner.</summary>
public sealed record AlertRequest(
    Guid ClinicId,
    Guid PatientId,
    string Kind,
    AlertSeverity Severity,
    string? Detail,
    string? Link,
    Guid? EpisodeId = null,
    Guid? StaffMemberId = null,
    string? Exercise = null);
