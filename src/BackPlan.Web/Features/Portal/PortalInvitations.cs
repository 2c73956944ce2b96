using BackPlan.Web.Data;
using BackPlan.Web.Features.Account;
using BackPlan.Web.Features.Patients;
using BackPlan.Web.Platform.Auditing;
using BackPlan.Web.Platform.Email;
using BackPlan.Web.Platform.Tenancy;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace BackPlan.Web.Features.Portal;

/// <summary>
/// Invites a patient to the portal: a Patient-role sign-in linked to their record, and an email
/// (through the outbox) with a link to choose a password. The link expires after three days and
/// works once.
/// </summary>
public sealed class PortalInvitations(BackPlanDb db, UserManager<AppUser> users, Outbox outbox, AuditLog audit, IOptions<EmailOptions> email)
{
    public Task<AppUser?> AccountOfAsync(Guid patientId) =>
        users.Users.FirstOrDefaultAsync(u => u.PatientId == patientId);

    /// <summary>Null on success, otherwise what stopped it (English; pages translate it).</summary>
    public async Task<string?> InviteAsync(Patient patient, string clinicName)
    {
        if (string.IsNullOrWhiteSpace(patient.Email))
        {
            return "Add the patient's email address first.";
        }

        var user = await AccountOfAsync(patient.Id);
        if (user is not null && await users.HasPasswordAsync(user))
        {
            return "This patient already has a portal sign-in.";
        }

        if (user is null)
        {
            if (await users.FindByEmailAsync(patient.Email) is not null)
            {
                return "Someone already signs in with this email.";
            }

            user = new AppUser
            {
                UserName = patient.Email,
                Email = patient.Email,
                ClinicId = patient.ClinicId,
                PatientId = patient.Id,
                DisplayName = patient.FullName,
            };
            var created = await users.CreateAsync(user);
            if (!created.Succeeded)
            {
                return string.Join(" ", created.Errors.Select(e => e.Description));
            }

            await users.AddToRoleAsync(user, Roles.Patient);
        }

        var token = await users.GeneratePasswordResetTokenAsync(user);
        var link = $"{email.Value.PublicBaseUrl.TrimEnd('/')}/account/set-password?user={Uri.EscapeDataString(user.Id)}&token={Uri.EscapeDataString(token)}";
        outbox.Enqueue("portal-invitation", patient.Email, $"{clinicName}: your BackPlan patient portal", $"""
            Hello {patient.GivenName},

            {clinicName} invites you to BackPlan, where you will find your forms, your home exercise
            program and your progress.

            Choose your password here (the link works once and expires in three days):
            {link}

            If you did not expect this email, you can ignore it.
            """);
        await db.SaveChangesAsync();
        await audit.RecordAsync("patient.portal-invited", patient.Id, null);
        return null;
    }
}
