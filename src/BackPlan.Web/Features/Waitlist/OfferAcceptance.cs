using BackPlan.Web.Data;
using BackPlan.Web.Features.Appointments;
using BackPlan.Web.Platform;
using BackPlan.Web.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using NodaTime.Text;

namespace BackPlan.Web.Features.Waitlist;

public enum AcceptOutcome
{
    Booked,

    /// <summary>Booked by someone else first, or the offer was closed or has expired.</summary>
    Gone,

    /// <summary>The booking refused it for another reason (e.g. a red-flag block); the refusal says why.</summary>
    Refused,
}

public sealed record AcceptResult(AcceptOutcome Outcome, BookingRefusal? Refusal = null);

/// <summary>
/// Opens an offer from its emailed link and books it. The booking goes through
/// <see cref="AppointmentBooking"/>, so the slot claims decide a race between patients offered the
/// same slot: the first to accept wins, every other open offer of the slot is closed and its
/// patient told.
/// </summary>
public sealed class OfferAcceptance(BackPlanDb db, CurrentUser user, AppointmentBooking booking, SlotOffers offers, TimeProvider time)
{
    /// <summary>The offer the link opens, or null. The link is the credential: the request then acts for that offer's clinic.</summary>
    public async Task<WaitlistOffer?> FindByTokenAsync(string? token, CancellationToken ct = default)
    {
        if (string.IsNullOrWhiteSpace(token) || token.Length > 100)
        {
            return null;
        }

        var hash = SecretToken.Hash(token);
        var offer = await db.Set<WaitlistOffer>().IgnoreQueryFilters().AsNoTracking().FirstOrDefaultAsync(o => o.TokenHash == hash, ct);
        if (offer is not null)
        {
            user.ActForClinic(offer.ClinicId);
        }

        return offer;
    }

    public bool IsOpen(WaitlistOffer offer) => offer.IsOpen(time.GetUtcNow().UtcDateTime);

    public async Task<(string Practitioner, string Type)> DescribeAsync(WaitlistOffer offer, CancellationToken ct = default)
    {
        var practitioner = await db.Staff.AsNoTracking().Where(s => s.Id == offer.PractitionerId).Select(s => s.FullName).FirstOrDefaultAsync(ct) ?? "";
        var type = await db.AppointmentTypes.AsNoTracking().Where(t => t.Id == offer.AppointmentTypeId).Select(t => t.Name).FirstOrDefaultAsync(ct) ?? "";
        return (practitioner, type);
    }

    public async Task<AcceptResult> AcceptAsync(WaitlistOffer offer, CancellationToken ct = default)
    {
        if (!IsOpen(offer))
        {
            return new(offer.Status == OfferStatus.Accepted ? AcceptOutcome.Booked : AcceptOutcome.Gone);
        }

        var start = OffsetDateTimePattern.ExtendedIso.Format(Instant.FromDateTimeUtc(DateTime.SpecifyKind(offer.StartUtc, DateTimeKind.Utc)).WithOffset(Offset.Zero));
        var result = await booking.BookAsync(new BookAppointmentRequest(offer.PatientId, offer.PractitionerId, offer.AppointmentTypeId.ToString(), start, offer.RoomId), ct);
        if (result.Appointment is { } appointment)
        {
            await MarkBookedAsync(offer.Id, appointment.Id, ct);
            var rivals = await db.Set<WaitlistOffer>().AsNoTracking()
                .Where(o => o.FreedAppointmentId == offer.FreedAppointmentId && o.Id != offer.Id && o.Status == OfferStatus.Open)
                .Select(o => o.Id).ToListAsync(ct);
            foreach (var rival in rivals)
            {
                await offers.CloseAsGoneAsync(rival, ct);
            }

            return new(AcceptOutcome.Booked);
        }

        if (result.Refusal?.Code == BookingMessages.SlotTaken)
        {
            // A second click of the winner's own link meets its own booking: that is not "gone".
            if (await db.Appointments.AsNoTracking().AnyAsync(a => a.PatientId == offer.PatientId && a.StartUtc == offer.StartUtc && a.Status == AppointmentStatus.Booked, ct))
            {
                return new(AcceptOutcome.Booked);
            }

            await offers.CloseAsGoneAsync(offer.Id, ct);
            return new(AcceptOutcome.Gone);
        }

        return new(AcceptOutcome.Refused, result.Refusal);
    }

    /// <summary>The offer accepted, its entry booked, and the entry's other open offers withdrawn.</summary>
    private async Task MarkBookedAsync(Guid offerId, Guid appointmentId, CancellationToken ct)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var offer = await db.Set<WaitlistOffer>().FirstAsync(o => o.Id == offerId, ct);
        offer.Status = OfferStatus.Accepted;
        offer.ClosedAt = now;
        offer.BookedAppointmentId = appointmentId;
        foreach (var other in await db.Set<WaitlistOffer>().Where(o => o.EntryId == offer.EntryId && o.Id != offer.Id && o.Status == OfferStatus.Open).ToListAsync(ct))
        {
            other.Status = OfferStatus.Withdrawn;
            other.ClosedAt = now;
        }

        var entry = await db.Set<WaitlistEntry>().FirstOrDefaultAsync(e => e.Id == offer.EntryId, ct);
        if (entry is not null)
        {
            entry.Status = WaitlistStatus.Booked;
            entry.ClosedAt = now;
        }

        await db.SaveChangesAsync(ct);
    }
}
