using BackPlan.Web.Data;
using BackPlan.Web.Features.Account;
using BackPlan.Web.Features.Alerts;
using BackPlan.Web.Features.Appointments;
using BackPlan.Web.Features.HomeProgram;
using BackPlan.Web.Platform.Tenancy;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace BackPlan.Web.Features.DataRights;

/// <summary>
/// "Delete my account" requests and the clinic's retention rule (decision 0014): health records
/// must be kept for the legal period (in Poland 20 years after the last entry, Act on Patient
/// Rights art. 29), so when the patient has any clinical record (an episode of care or an
/// appointment that was not cancelled) the portal account is removed and contact details are
/// erased, while the clinical record stays. With no clinical record, the patient record is erased.
/// Every change goes through the audit interceptor like any other.
/// </summary>
public sealed class AccountDeletion(BackPlanDb db, UserManager<AppUser> users, TimeProvider time, CurrentUser user)
{
    /// <summary>Files a request; returns false when one is already waiting.</summary>
    public async Task<bool> RequestAsync(Guid patientId, string? reason, CancellationToken ct = default)
    {
        if (await PendingAsync(patientId, ct) is not null)
        {
            return false;
        }

        db.Add(new DeletionRequest { PatientId = patientId, Reason = reason, RequestedAt = time.GetUtcNow().UtcDateTime });
        await db.SaveChangesAsync(ct);
        return true;
    }

    public Task<DeletionRequest?> PendingAsync(Guid patientId, CancellationToken ct = default) =>
        db.Set<DeletionRequest>().AsNoTracking().FirstOrDefaultAsync(d => d.PatientId == patientId && d.Outcome == DeletionOutcome.Pending, ct);

    /// <summary>Whether the law requires the clinic to keep the patient's records.</summary>
    public async Task<bool> MustKeepRecordsAsync(Guid patientId, CancellationToken ct = default) =>
        await db.Episodes.AnyAsync(e => e.PatientId == patientId, ct)
        || await db.Appointments.AnyAsync(a => a.PatientId == patientId && a.Status != AppointmentStatus.Cancelled, ct);

    /// <summary>Applies the retention rule to a pending request and records the outcome; null when there is no such pending request.</summary>
    public async Task<DeletionOutcome?> ApplyAsync(Guid requestId, string? note, CancellationToken ct = default)
    {
        var request = await db.Set<DeletionRequest>().FirstOrDefaultAsync(d => d.Id == requestId && d.Outcome == DeletionOutcome.Pending, ct);
        if (request is null)
        {
            return null;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var patientId = request.PatientId;
        var keep = await MustKeepRecordsAsync(patientId, ct);
        var patient = await db.Patients.FirstOrDefaultAsync(p => p.Id == patientId, ct);
        if (patient is not null && keep)
        {
            patient.Email = null;
            patient.Phone = null;
            patient.AddressLine = null;
            patient.City = null;
            patient.PostalCode = null;
            patient.RefreshSearchText();
        }
        else if (patient is not null)
        {
            db.RemoveRange(await db.Set<StaffAlert>().Where(a => a.PatientId == patientId).ToListAsync(ct));
            db.RemoveRange(await db.Set<TopicRead>().Where(t => t.PatientId == patientId).ToListAsync(ct));
            db.RemoveRange(await db.Appointments.Where(a => a.PatientId == patientId).ToListAsync(ct));
            db.Patients.Remove(patient);
        }

        request.Outcome = keep ? DeletionOutcome.AccountClosed : DeletionOutcome.Erased;
        request.DecidedAt = time.GetUtcNow().UtcDateTime;
        request.DecidedBy = user.UserName;
        request.Note = note;
        await db.SaveChangesAsync(ct);

        // The sign-in goes in both cases: the patient asked for their account to end.
        if (await users.Users.FirstOrDefaultAsync(u => u.PatientId == patientId, ct) is { } account)
        {
            var result = await users.DeleteAsync(account);
            if (!result.Succeeded)
            {
                throw new InvalidOperationException(string.Join(" ", result.Errors.Select(e => e.Description)));
            }
        }

        await transaction.CommitAsync(ct);
        return request.Outcome;
    }
}
