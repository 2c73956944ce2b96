using BackPlan.Web.Data;
using BackPlan.Web.Features.Clinics;
using BackPlan.Web.Features.Patients;
using BackPlan.Web.Features.Portal;
using BackPlan.Web.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace BackPlan.Web.Features.Inquiries;

/// <summary>What staff do with an inquiry: record a status change with a note, or convert it to a patient.</summary>
public sealed class InquiryWorkflow(BackPlanDb db, PortalInvitations invitations, CurrentUser user, ClinicClock clock, TimeProvider time)
{
    /// <summary>The statuses staff set by hand; "converted" only comes from a conversion.</summary>
    public static IReadOnlyList<InquiryStatus> ManualStatuses { get; } = [InquiryStatus.New, InquiryStatus.Contacted, InquiryStatus.Closed];

    /// <summary>The patient record the inquiry suggests, for staff to check and complete.</summary>
    public static PatientInput Proposal(Inquiry inquiry)
    {
        var (given, family) = NameSplit.Split(inquiry.Name);
        return new PatientInput { GivenName = given, FamilyName = family, Email = inquiry.Email, Phone = inquiry.Phone };
    }

    /// <summary>Null on success, otherwise why not (English; pages translate it).</summary>
    public async Task<string?> ChangeStatusAsync(Inquiry inquiry, InquiryStatus status, string? note, CancellationToken ct = default)
    {
        if (inquiry.Status == InquiryStatus.Converted)
        {
            return "This inquiry is already a patient.";
        }

        if (!ManualStatuses.Contains(status))
        {
            return "Choose a status.";
        }

        if (note?.Trim().Length > InquiryUpdate.NoteMax)
        {
            return $"Use at most {InquiryUpdate.NoteMax} characters.";
        }

        Record(inquiry, status, string.IsNullOrWhiteSpace(note) ? null : note.Trim());
        await db.SaveChangesAsync(ct);
        return null;
    }

    /// <summary>
    /// Registers the patient (validated like the registration form), marks the inquiry converted and,
    /// when there is an email address, invites them to the portal.
    /// </summary>
    public async Task<ConversionResult> ConvertAsync(Inquiry inquiry, PatientInput input, CancellationToken ct = default)
    {
        var errors = input.Validate(await clock.TodayAsync(ct));
        if (inquiry.Status == InquiryStatus.Converted)
        {
            errors[InquiryReceiver.FormKey] = ["This inquiry is already a patient."];
        }

        var email = input.Email?.Trim();
        if (!string.IsNullOrEmpty(email) && !errors.ContainsKey(nameof(PatientInput.Email)) && await db.Patients.AnyAsync(p => p.Email == email, ct))
        {
            errors[nameof(PatientInput.Email)] = ["A patient with this email address is already registered."];
        }

        if (errors.Count > 0)
        {
            return new(errors, null, null);
        }

        var patient = input.ToPatient(user.UserName ?? "unknown", time.GetUtcNow().UtcDateTime);
        db.Patients.Add(patient);
        inquiry.PatientId = patient.Id;
        Record(inquiry, InquiryStatus.Converted, null);
        await db.SaveChangesAsync(ct);

        string? invitation = null;
        if (patient.Email is not null)
        {
            var clinicName = await db.Clinics.AsNoTracking().Select(c => c.Name).FirstAsync(ct);
            invitation = await invitations.InviteAsync(patient, clinicName) ?? "Invitation sent.";
        }

        return new(errors, patient, invitation);
    }

    private void Record(Inquiry inquiry, InquiryStatus status, string? note)
    {
        var now = time.GetUtcNow().UtcDateTime;
        inquiry.Status = status;
        // Always changed, so that even a note alone leaves an audit entry on the inquiry.
        inquiry.UpdatedAt = now;
        db.Set<InquiryUpdate>().Add(new InquiryUpdate { InquiryId = inquiry.Id, Status = status, Note = note, At = now, By = user.UserName ?? "unknown" });
    }
}

/// <summary>The outcome of a conversion: errors by field, or the new patient and what happened to the invitation.</summary>
public sealed record ConversionResult(Dictionary<string, string[]> Errors, Patient? Patient, string? Invitation);
