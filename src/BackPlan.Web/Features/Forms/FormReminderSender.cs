using BackPlan.Web.Features.Patients;
using BackPlan.Web.Platform.Auditing;
using BackPlan.Web.Platform.Email;
using Microsoft.Extensions.Options;

namespace BackPlan.Web.Features.Forms;

/// <summary>
/// Queues the "a form is waiting for you" email for one form and counts it on the form. Used by the
/// overdue scan (<see cref="FormReminders"/>) and by staff sending a reminder now from the patient's
/// forms page. The caller saves the changes.
/// </summary>
public sealed class FormReminderSender(Outbox outbox, AuditLog audit, IOptions<EmailOptions> email, TimeProvider time)
{
    /// <summary>Marks the form reminded and queues the email; false when the patient has no email address.</summary>
    public async Task<bool> RemindAsync(ScheduledForm form, Patient? patient, string clinic, string auditAction, CancellationToken ct = default)
    {
        // Marked even without an address, so a patient without email is not looked at again every scan.
        form.ReminderSentAt = time.GetUtcNow().UtcDateTime;
        if (patient is not { Email: { Length: > 0 } to })
        {
            return false;
        }

        // No health details in the email: only that a form waits, and where.
        var link = $"{email.Value.PublicBaseUrl.TrimEnd('/')}/portal/forms";
        outbox.Enqueue("form-overdue", to, $"{clinic}: a form is waiting for you", $"""
            Hello {patient.GivenName},

            A form from {clinic} is waiting for your answers. It helps your
            therapist prepare your next visit.

            Fill it in here:
            {link}
            """);
        form.ReminderCount++;
        await audit.RecordAsync(auditAction, form.PatientId, form.Key, ct);
        return true;
    }
}
