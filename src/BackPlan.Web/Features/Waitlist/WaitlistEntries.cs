using BackPlan.Clinical.Waitlist;
using BackPlan.Web.Data;
using BackPlan.Web.Features.Appointments;
using BackPlan.Web.Features.Clinics;
using BackPlan.Web.Features.Episodes;
using BackPlan.Web.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace BackPlan.Web.Features.Waitlist;

/// <summary>One row of the staff's waitlist page.</summary>
public sealed record WaitlistRow(WaitlistEntry Entry, string PatientName, string TypeName, string? PractitionerName);

/// <summary>
/// Joining, changing and leaving the waitlist. A patient has at most one active entry: joining
/// again changes it (keeping its place in the queue). Every read goes through the query filters,
/// so a patient only ever reaches their own entry.
/// </summary>
public sealed class WaitlistEntries(BackPlanDb db, CurrentUser user, ClinicClock clock, TimeProvider time, IOptions<WaitlistOptions> options)
{
    public Task<WaitlistEntry?> ActiveOfAsync(Guid patientId, CancellationToken ct = default) =>
        db.Set<WaitlistEntry>().Where(e => e.PatientId == patientId && (e.Status == WaitlistStatus.Waiting || e.Status == WaitlistStatus.Offered))
            .OrderBy(e => e.JoinedAt).FirstOrDefaultAsync(ct);

    public Task<List<AppointmentType>> TypesAsync(CancellationToken ct = default) =>
        db.AppointmentTypes.AsNoTracking().Where(t => t.Active).OrderBy(t => t.Minutes).ThenBy(t => t.Name).ToListAsync(ct);

    public async Task<List<(Guid Id, string Name)>> PractitionersAsync(CancellationToken ct = default)
    {
        var staff = await db.Staff.AsNoTracking().Where(s => s.Role == Roles.Practitioner).OrderBy(s => s.FullName)
            .Select(s => new { s.Id, s.FullName }).ToListAsync(ct);
        return staff.Select(s => (s.Id, s.FullName)).ToList();
    }

    /// <summary>Adds or changes the patient's entry; returns the field errors (none when saved).</summary>
    public async Task<Dictionary<string, string[]>> SaveAsync(Guid patientId, WaitlistInput input, CancellationToken ct = default)
    {
        var today = await clock.TodayAsync(ct);
        var errors = input.Validate(today, options.Value.MaxDaysAhead);
        var type = Guid.TryParse(input.TypeId, out var typeId)
            ? await db.AppointmentTypes.AsNoTracking().FirstOrDefaultAsync(t => t.Id == typeId && t.Active, ct)
            : null;
        if (type is null)
        {
            errors[nameof(WaitlistInput.TypeId)] = [WaitlistInput.BadType];
        }

        Guid? practitioner = null;
        if (!string.IsNullOrEmpty(input.PractitionerId))
        {
            practitioner = Guid.TryParse(input.PractitionerId, out var id) && await db.Staff.AnyAsync(s => s.Id == id && s.Role == Roles.Practitioner, ct) ? id : null;
            if (practitioner is null)
            {
                errors[nameof(WaitlistInput.PractitionerId)] = [WaitlistInput.BadPractitioner];
            }
        }

        var patient = await db.Patients.AsNoTracking().Where(p => p.Id == patientId).Select(p => new { p.Id, p.ClinicId }).FirstOrDefaultAsync(ct);
        if (errors.Count > 0 || patient is null)
        {
            return errors;
        }

        var entry = await ActiveOfAsync(patientId, ct);
        if (entry is null)
        {
            entry = new WaitlistEntry
            {
                ClinicId = patient.ClinicId,
                PatientId = patientId,
                EpisodeId = await OpenEpisodeAsync(patientId, ct),
                JoinedAt = time.GetUtcNow().UtcDateTime,
                JoinedBy = user.UserName ?? "unknown",
            };
            db.Add(entry);
        }

        entry.PractitionerId = practitioner;
        entry.AppointmentTypeId = type!.Id;
        entry.Earliest = input.Earliest!.Value;
        entry.Latest = input.Latest!.Value;
        entry.Times = input.Times;
        await db.SaveChangesAsync(ct);
        return errors;
    }

    /// <summary>Takes the entry off the list and withdraws its open offers; false when there is no such active entry (or it is someone else's).</summary>
    public async Task<bool> LeaveAsync(Guid entryId, CancellationToken ct = default)
    {
        var entry = await db.Set<WaitlistEntry>().FirstOrDefaultAsync(e => e.Id == entryId, ct);
        if (entry is null || !entry.IsActive)
        {
            return false;
        }

        var now = time.GetUtcNow().UtcDateTime;
        entry.Status = WaitlistStatus.Left;
        entry.ClosedAt = now;
        foreach (var offer in await db.Set<WaitlistOffer>().Where(o => o.EntryId == entry.Id && o.Status == OfferStatus.Open).ToListAsync(ct))
        {
            offer.Status = OfferStatus.Withdrawn;
            offer.ClosedAt = now;
        }

        await db.SaveChangesAsync(ct);
        return true;
    }

    /// <summary>The clinic's active entries in the order slots are offered; entries past their latest date are closed as expired first.</summary>
    public async Task<List<WaitlistRow>> QueueAsync(CancellationToken ct = default)
    {
        var today = await clock.TodayAsync(ct);
        var stale = await db.Set<WaitlistEntry>().Where(e => (e.Status == WaitlistStatus.Waiting || e.Status == WaitlistStatus.Offered) && e.Latest < today).ToListAsync(ct);
        if (stale.Count > 0)
        {
            var now = time.GetUtcNow().UtcDateTime;
            stale.ForEach(e => (e.Status, e.ClosedAt) = (WaitlistStatus.Expired, now));
            await db.SaveChangesAsync(ct);
        }

        var rows = await (
            from e in db.Set<WaitlistEntry>().AsNoTracking()
            where e.Status == WaitlistStatus.Waiting || e.Status == WaitlistStatus.Offered
            join p in db.Patients on e.PatientId equals p.Id
            join t in db.AppointmentTypes on e.AppointmentTypeId equals t.Id
            join s in db.Staff on e.PractitionerId equals (Guid?)s.Id into wanted
            from s in wanted.DefaultIfEmpty()
            select new { Entry = e, p.GivenName, p.FamilyName, TypeName = t.Name, Practitioner = s == null ? null : s.FullName }).ToListAsync(ct);
        return WaitlistRules.InOrder(rows, r => r.Entry.Place)
            .Select(r => new WaitlistRow(r.Entry, $"{r.GivenName} {r.FamilyName}", r.TypeName, r.Practitioner)).ToList();
    }

    /// <summary>The patient's episode in progress, if any (the newest).</summary>
    public Task<Guid?> OpenEpisodeAsync(Guid patientId, CancellationToken ct = default) =>
        db.Episodes.AsNoTracking().Where(e => e.PatientId == patientId && (e.Status == EpisodeStatus.Assessing || e.Status == EpisodeStatus.Active))
            .OrderByDescending(e => e.StartedOn).Select(e => (Guid?)e.Id).FirstOrDefaultAsync(ct);
}
