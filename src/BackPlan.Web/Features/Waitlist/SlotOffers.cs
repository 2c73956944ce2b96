using BackPlan.Clinical.Waitlist;
using BackPlan.Web.Data;
using BackPlan.Web.Features.Appointments;
using BackPlan.Web.Features.Reminders;
using BackPlan.Web.Platform;
using BackPlan.Web.Platform.Email;
using BackPlan.Web.Resources;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using NodaTime;

namespace BackPlan.Web.Features.Waitlist;

/// <summary>
/// Offers a freed slot to the waiting patients it suits (<see cref="WaitlistRules"/>), up to
/// <see cref="WaitlistOptions.OffersPerSlot"/> in priority order, each by an emailed single-use
/// link; and tells the others when the slot has gone. Offers are queued in the cancellation's own
/// unit of work, so a cancellation that fails offers nothing.
/// </summary>
public sealed class SlotOffers(
    BackPlanDb db,
    Outbox outbox,
    TimeProvider time,
    IStringLocalizer<SharedResource> l,
    IOptions<WaitlistOptions> options,
    IOptions<EmailOptions> email)
{
    public const string OfferEmail = "waitlist-offer";
    public const string GoneEmail = "waitlist-slot-gone";

    /// <summary>Called by <see cref="AppointmentBooking.CancelAsync"/> before it saves; the caller saves.</summary>
    public async Task OfferFreedSlotAsync(Appointment cancelled, CancellationToken ct)
    {
        var now = time.GetUtcNow().UtcDateTime;
        if (cancelled.StartUtc <= now)
        {
            return;
        }

        await OfferAsync(cancelled, [], now, ct);
    }

    /// <summary>
    /// Passes on the slots whose offers have all expired unaccepted (decision 0016): the expired
    /// offers are closed as expired, their entries go back to waiting, and a slot that is still
    /// free and starts at least one offer window from now is offered to the next fitting entries
    /// not yet offered it. Acts for <paramref name="clinicId"/>; saves; returns how many offers went out.
    /// </summary>
    public async Task<int> PassOnExpiredAsync(Guid clinicId, CancellationToken ct)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var offers = db.Set<WaitlistOffer>().IgnoreQueryFilters().Where(o => o.ClinicId == clinicId);
        var expired = await offers.Where(o => o.Status == OfferStatus.Open && o.ExpiresAt <= now).ToListAsync(ct);
        if (expired.Count == 0)
        {
            return 0;
        }

        foreach (var offer in expired)
        {
            offer.Status = OfferStatus.Expired;
            offer.ClosedAt = now;
        }

        var expiredIds = expired.Select(o => o.Id).ToList();
        var entryIds = expired.Select(o => o.EntryId).Distinct().ToList();
        var stillHolding = await offers.Where(o => entryIds.Contains(o.EntryId) && !expiredIds.Contains(o.Id) && o.Status == OfferStatus.Open && o.ExpiresAt > now)
            .Select(o => o.EntryId).ToListAsync(ct);
        foreach (var entry in await db.Set<WaitlistEntry>().IgnoreQueryFilters().Where(e => e.ClinicId == clinicId && entryIds.Contains(e.Id) && e.Status == WaitlistStatus.Offered).ToListAsync(ct))
        {
            if (!stillHolding.Contains(entry.Id))
            {
                entry.Status = WaitlistStatus.Waiting;
            }
        }

        var sent = 0;
        foreach (var slotId in expired.Select(o => o.FreedAppointmentId).Distinct())
        {
            var freed = await db.Appointments.IgnoreQueryFilters().AsNoTracking().FirstOrDefaultAsync(a => a.Id == slotId && a.ClinicId == clinicId, ct);
            if (freed is null || await StillOfferedOrTakenAsync(freed, expiredIds, now, ct))
            {
                continue;
            }

            // Every entry that was ever offered this slot has had its chance.
            var offeredBefore = await offers.Where(o => o.FreedAppointmentId == slotId).Select(o => o.EntryId).ToListAsync(ct);
            sent += await OfferAsync(freed, offeredBefore, now, ct);
        }

        await db.SaveChangesAsync(ct);
        return sent;
    }

    /// <summary>
    /// Whether the freed slot is not worth passing on: it starts within one offer window (the next
    /// patients would have no time to answer and come), another offer of it is still open or was
    /// accepted, or a booked visit of its practitioner or in its room overlaps it.
    /// </summary>
    private async Task<bool> StillOfferedOrTakenAsync(Appointment freed, List<Guid> expiredIds, DateTime now, CancellationToken ct)
    {
        if (freed.StartUtc < now.AddHours(options.Value.OfferHours))
        {
            return true;
        }

        var slotOffers = db.Set<WaitlistOffer>().IgnoreQueryFilters().Where(o => o.ClinicId == freed.ClinicId && o.FreedAppointmentId == freed.Id && !expiredIds.Contains(o.Id));
        if (await slotOffers.AnyAsync(o => o.Status == OfferStatus.Accepted || (o.Status == OfferStatus.Open && o.ExpiresAt > now), ct))
        {
            return true;
        }

        return await db.Appointments.IgnoreQueryFilters().Where(Appointment.Overlapping(freed.StartUtc, freed.EndUtc))
            .AnyAsync(a => a.ClinicId == freed.ClinicId && a.Status == AppointmentStatus.Booked
                && (a.PractitionerId == freed.PractitionerId || (freed.RoomId != null && a.RoomId == freed.RoomId)), ct);
    }

    /// <summary>Offers <paramref name="cancelled"/>'s slot to the first fitting entries not in <paramref name="excluded"/>; the caller saves.</summary>
    private async Task<int> OfferAsync(Appointment cancelled, List<Guid> excluded, DateTime now, CancellationToken ct)
    {
        var clinic = await ClinicAsync(cancelled.ClinicId, ct);
        var start = Instant.FromDateTimeUtc(DateTime.SpecifyKind(cancelled.StartUtc, DateTimeKind.Utc)).InZone(clinic.Zone).LocalDateTime;
        var slot = new FreedSlot(cancelled.PractitionerId, start.Date.ToDateOnly(), start.TimeOfDay.ToTimeOnly(), (int)(cancelled.EndUtc - cancelled.StartUtc).TotalMinutes);

        // The system acts for the clinic here, whoever cancelled: a patient cancelling their own
        // visit must not be limited to their own waitlist entry, so the clinic is named explicitly.
        var candidates = await (
            from e in db.Set<WaitlistEntry>().IgnoreQueryFilters()
            where e.ClinicId == cancelled.ClinicId && e.PatientId != cancelled.PatientId
                && (e.Status == WaitlistStatus.Waiting || e.Status == WaitlistStatus.Offered)
                && e.Earliest <= slot.Date && e.Latest >= slot.Date
                && (e.PractitionerId == null || e.PractitionerId == cancelled.PractitionerId)
                && !excluded.Contains(e.Id)
            join t in db.AppointmentTypes.IgnoreQueryFilters() on e.AppointmentTypeId equals t.Id
            join p in db.Patients.IgnoreQueryFilters() on e.PatientId equals p.Id
            where p.ClinicId == cancelled.ClinicId && p.Email != null && p.Email != ""
            select new { Entry = e, t.Minutes, p.GivenName, p.Email }).ToListAsync(ct);
        var chosen = WaitlistRules.InOrder(candidates.Where(c => WaitlistRules.Fits(c.Entry.Wish(c.Minutes), slot)), c => c.Entry.Place)
            .Take(options.Value.OffersPerSlot).ToList();
        if (chosen.Count == 0)
        {
            return 0;
        }

        var expires = now.AddHours(options.Value.OfferHours);
        if (expires > cancelled.StartUtc)
        {
            expires = cancelled.StartUtc;
        }

        var practitioner = await db.Staff.IgnoreQueryFilters().Where(s => s.Id == cancelled.PractitionerId).Select(s => s.FullName).FirstOrDefaultAsync(ct) ?? "";
        var when = BookingEmails.LocalText(cancelled.StartUtc, clinic.Zone, clinic.Culture);
        var until = BookingEmails.LocalText(expires, clinic.Zone, clinic.Culture);
        foreach (var c in chosen)
        {
            var token = SecretToken.New();
            db.Add(new WaitlistOffer
            {
                ClinicId = cancelled.ClinicId,
                PatientId = c.Entry.PatientId,
                EntryId = c.Entry.Id,
                FreedAppointmentId = cancelled.Id,
                PractitionerId = cancelled.PractitionerId,
                RoomId = cancelled.RoomId,
                AppointmentTypeId = c.Entry.AppointmentTypeId,
                StartUtc = cancelled.StartUtc,
                EndUtc = cancelled.StartUtc.AddMinutes(c.Minutes),
                TokenHash = SecretToken.Hash(token),
                CreatedAt = now,
                ExpiresAt = expires,
            });
            c.Entry.Status = WaitlistStatus.Offered;
            var link = $"{email.Value.PublicBaseUrl.TrimEnd('/')}/waitlist/offers/{token}";
            var (subject, body) = EmailCulture.In(clinic.Culture, () => (
                l["{0}: an earlier appointment is free", clinic.Name].Value,
                BookingEmails.Paragraphs(
                    l["Hello {0},", c.GivenName],
                    l["an appointment with {0} on {1} has become free, and you are on our waitlist.", practitioner, when],
                    l["To book it, open this link. The first patient to accept gets it; the link works until {0}:", until] + "\n" + link,
                    l["If you no longer need it, you can ignore this email."])));
            outbox.Enqueue(new OutboxEmail(OfferEmail, c.Email!, subject, body, RelatedId: c.Entry.Id));
        }

        return chosen.Count;
    }

    /// <summary>
    /// Closes an open offer because its slot has gone, emails the patient, and puts their entry back
    /// to waiting when they hold no other open offer. Saves at once; false when someone else closed
    /// it first (the status is a concurrency token, so the patient is told once).
    /// </summary>
    public async Task<bool> CloseAsGoneAsync(Guid offerId, CancellationToken ct)
    {
        var offer = await db.Set<WaitlistOffer>().IgnoreQueryFilters().FirstOrDefaultAsync(o => o.Id == offerId, ct);
        if (offer is null || offer.Status != OfferStatus.Open)
        {
            return false;
        }

        var now = time.GetUtcNow().UtcDateTime;
        offer.Status = OfferStatus.Gone;
        offer.ClosedAt = now;
        var entry = await db.Set<WaitlistEntry>().IgnoreQueryFilters().FirstOrDefaultAsync(e => e.Id == offer.EntryId, ct);
        if (entry?.Status == WaitlistStatus.Offered
            && !await db.Set<WaitlistOffer>().IgnoreQueryFilters().AnyAsync(o => o.EntryId == entry.Id && o.Id != offer.Id && o.Status == OfferStatus.Open && o.ExpiresAt > now, ct))
        {
            entry.Status = WaitlistStatus.Waiting;
        }

        var patient = await db.Patients.IgnoreQueryFilters().Where(p => p.Id == offer.PatientId).Select(p => new { p.GivenName, p.Email }).FirstOrDefaultAsync(ct);
        if (!string.IsNullOrWhiteSpace(patient?.Email))
        {
            var clinic = await ClinicAsync(offer.ClinicId, ct);
            var when = BookingEmails.LocalText(offer.StartUtc, clinic.Zone, clinic.Culture);
            var (subject, body) = EmailCulture.In(clinic.Culture, () => (
                l["{0}: the offered appointment has gone", clinic.Name].Value,
                BookingEmails.Paragraphs(
                    l["Hello {0},", patient.GivenName],
                    l["the appointment on {0} that we offered you has been booked by someone else.", when],
                    l["You stay on the waitlist, and we will email you when another appointment becomes free."])));
            outbox.Enqueue(new OutboxEmail(GoneEmail, patient.Email, subject, body, RelatedId: offer.EntryId));
        }

        try
        {
            await db.SaveChangesAsync(ct);
            return true;
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return false;
        }
    }

    private async Task<ClinicFacts> ClinicAsync(Guid clinicId, CancellationToken ct)
    {
        var clinic = await db.Clinics.IgnoreQueryFilters().Where(c => c.Id == clinicId).Select(c => new { c.Name, c.TimeZoneId, c.Locale }).FirstAsync(ct);
        return new ClinicFacts(clinic.Name, DateTimeZoneProviders.Tzdb.GetZoneOrNull(clinic.TimeZoneId) ?? DateTimeZone.Utc, EmailCulture.Of(clinic.Locale));
    }

    private sealed record ClinicFacts(string Name, DateTimeZone Zone, System.Globalization.CultureInfo Culture);
}
