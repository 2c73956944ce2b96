using System.Globalization;
using BackPlan.Web.Data;
using BackPlan.Web.Features.Clinics;
using BackPlan.Web.Features.Episodes;
using BackPlan.Web.Features.Staff;
using BackPlan.Web.Platform.Tenancy;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using NodaTime;
using Npgsql;

namespace BackPlan.Web.Features.Appointments;

/// <summary>
/// Books, moves and cancels appointments. The checks here give clear answers (licence, screening block,
/// working hours, a visible clash); the slot claims' primary key is the last word on clashes, so
/// two requests racing for one slot cannot both win (0006-no-double-booking.md).
/// </summary>
public sealed class AppointmentBooking(BackPlanDb db, CurrentUser user, ClinicClock clock, TimeProvider time, IOptions<BookingOptions> options, Reminders.BookingEmails emails, Waitlist.SlotOffers offers)
{
    public async Task<BookingResult> BookAsync(BookAppointmentRequest input, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        if (input.PatientId is null)
        {
            errors["patientId"] = [BookingMessages.PatientMissing];
        }

        if (input.PractitionerId is null)
        {
            errors["practitionerId"] = [BookingMessages.PractitionerMissing];
        }

        if (string.IsNullOrWhiteSpace(input.Type))
        {
            errors["type"] = [BookingMessages.TypeMissing];
        }

        var now = Instant.FromDateTimeOffset(time.GetUtcNow());
        var start = ParseStart(input.Start, now, errors);
        if (errors.Count > 0)
        {
            return new BookingResult(null, errors, null);
        }

        if (user.IsPatient && input.PatientId != user.PatientId)
        {
            return BookingResult.Refused(StatusCodes.Status403Forbidden, BookingMessages.PatientBooksForSelf, "Patients can book appointments only for themselves.");
        }

        if (!await db.Patients.AnyAsync(p => p.Id == input.PatientId, ct))
        {
            return BookingResult.Invalid("patientId", BookingMessages.NoPatient);
        }

        var practitioner = await db.Staff.AsNoTracking().FirstOrDefaultAsync(s => s.Id == input.PractitionerId && s.Role == Roles.Practitioner, ct);
        if (practitioner is null)
        {
            return BookingResult.Invalid("practitionerId", BookingMessages.NoPractitioner);
        }

        var type = await FindTypeAsync(input.Type!, ct);
        if (type is null)
        {
            return BookingResult.Invalid("type", BookingMessages.NoType);
        }

        Room? room = null;
        if (input.RoomId is { } roomId && (room = await db.Rooms.AsNoTracking().FirstOrDefaultAsync(r => r.Id == roomId && r.Active, ct)) is null)
        {
            return BookingResult.Invalid("roomId", BookingMessages.NoRoom);
        }

        var slot = new Interval(start, start + Duration.FromMinutes(type.Minutes));
        if (await CheckSlotAsync(input.PatientId!.Value, practitioner, room, slot, null, ct) is { } refusal)
        {
            return refusal;
        }

        var appointment = new Appointment
        {
            ClinicId = user.ClinicId ?? Guid.Empty,
            PatientId = input.PatientId!.Value,
            PractitionerId = practitioner.Id,
            RoomId = room?.Id,
            AppointmentTypeId = type.Id,
            StartUtc = slot.Start.ToDateTimeUtc(),
            EndUtc = slot.End.ToDateTimeUtc(),
            CreatedAt = now.ToDateTimeUtc(),
            CreatedBy = user.UserName ?? "unknown",
        };
        appointment.ClaimSlots();
        db.Appointments.Add(appointment);
        // Confirmation and reminders commit with the booking, or not at all.
        await emails.BookedAsync(appointment, ct);
        return await SaveClaimsAsync(appointment, room, ct);
    }

    public async Task<BookingResult> CancelAsync(Guid id, CancelAppointmentRequest input, CancellationToken ct)
    {
        var reason = input.Reason?.Trim();
        if (string.IsNullOrEmpty(reason) || reason.Length > 500)
        {
            return BookingResult.Invalid("reason", BookingMessages.CancelReason);
        }

        // The patient filter hides other patients' appointments from a patient: they get 404.
        var appointment = await db.Appointments.Include(a => a.Claims).FirstOrDefaultAsync(a => a.Id == id, ct);
        if (appointment is null)
        {
            return BookingResult.Missing;
        }

        var now = time.GetUtcNow().UtcDateTime;
        var late = WithinNotice(appointment.StartUtc);
        if (!appointment.TryCancel(reason, late, now, user.UserName ?? "unknown"))
        {
            return BookingResult.Refused(StatusCodes.Status409Conflict, BookingMessages.NotBooked,
                $"Only a booked appointment can be cancelled; this one is {appointment.Status.ToString().ToLowerInvariant()}.");
        }

        // Releasing the claims frees the slot for someone else, in the same transaction as the cancellation.
        db.SlotClaims.RemoveRange(appointment.Claims);
        await emails.CancelledAsync(appointment, ct);
        // The freed slot is offered to the waitlist in the same transaction (Waitlist feature).
        await offers.OfferFreedSlotAsync(appointment, ct);
        await db.SaveChangesAsync(ct);
        return new BookingResult(appointment, [], null);
    }

    /// <summary>
    /// Moves a booked appointment to a new start (and optionally another practitioner, room or type)
    /// in one SaveChanges: the claims it no longer needs are deleted and the new ones inserted
    /// together, so a taken slot makes the whole save fail and the appointment keeps its old time.
    /// Patients move only their own (the query filter) and only with the cancellation notice. A left
    /// out room keeps the current one, unless <paramref name="roomAsGiven"/> (the calendar's form, where
    /// "no room" is a choice).
    /// </summary>
    public async Task<BookingResult> RescheduleAsync(Guid id, RescheduleAppointmentRequest input, CancellationToken ct, bool roomAsGiven = false)
    {
        var errors = new Dictionary<string, string[]>();
        var now = Instant.FromDateTimeOffset(time.GetUtcNow());
        var start = ParseStart(input.Start, now, errors);
        if (errors.Count > 0)
        {
            return new BookingResult(null, errors, null);
        }

        var appointment = await db.Appointments.Include(a => a.Claims).FirstOrDefaultAsync(a => a.Id == id, ct);
        if (appointment is null)
        {
            return BookingResult.Missing;
        }

        if (appointment.Status != AppointmentStatus.Booked)
        {
            return BookingResult.Refused(StatusCodes.Status409Conflict, BookingMessages.NotBooked,
                $"Only a booked appointment can be moved; this one is {appointment.Status.ToString().ToLowerInvariant()}.");
        }

        if (user.IsPatient && WithinNotice(appointment.StartUtc))
        {
            return BookingResult.Refused(StatusCodes.Status422UnprocessableEntity, BookingMessages.NoticeTooShort,
                $"Appointments can be moved online up to {options.Value.LateCancellationNoticeHours} hours before they start; please call the clinic to change this one.");
        }

        var practitionerId = input.PractitionerId ?? appointment.PractitionerId;
        var practitioner = await db.Staff.AsNoTracking().FirstOrDefaultAsync(s => s.Id == practitionerId && s.Role == Roles.Practitioner, ct);
        if (practitioner is null)
        {
            return BookingResult.Invalid("practitionerId", BookingMessages.NoPractitioner);
        }

        var type = string.IsNullOrWhiteSpace(input.Type)
            ? await db.AppointmentTypes.AsNoTracking().FirstOrDefaultAsync(t => t.Id == appointment.AppointmentTypeId, ct)
            : await FindTypeAsync(input.Type, ct);
        if (type is null)
        {
            return BookingResult.Invalid("type", BookingMessages.NoType);
        }

        Room? room = null;
        if ((roomAsGiven ? input.RoomId : input.RoomId ?? appointment.RoomId) is { } roomId && (room = await db.Rooms.AsNoTracking().FirstOrDefaultAsync(r => r.Id == roomId && r.Active, ct)) is null)
        {
            return BookingResult.Invalid("roomId", BookingMessages.NoRoom);
        }

        var slot = new Interval(start, start + Duration.FromMinutes(type.Minutes));
        var (startUtc, endUtc) = (slot.Start.ToDateTimeUtc(), slot.End.ToDateTimeUtc());
        if (startUtc == appointment.StartUtc && endUtc == appointment.EndUtc && practitioner.Id == appointment.PractitionerId && room?.Id == appointment.RoomId)
        {
            return new BookingResult(appointment, [], null); // nothing moves: no claims to change, no email to send
        }

        if (await CheckSlotAsync(appointment.PatientId, practitioner, room, slot, appointment.Id, ct) is { } refusal)
        {
            return refusal;
        }

        var previousStartUtc = appointment.StartUtc;
        db.SlotClaims.RemoveRange(appointment.MoveTo(practitioner.Id, room?.Id, type.Id, startUtc, endUtc, now.ToDateTimeUtc(), user.UserName ?? "unknown"));
        await emails.RescheduledAsync(appointment, previousStartUtc, ct);
        return await SaveClaimsAsync(appointment, room, ct);
    }

    /// <summary>Less notice than the clinic's policy asks for: a cancellation now is late, and a patient may no longer move it.</summary>
    public bool WithinNotice(DateTime startUtc) =>
        options.Value.IsLateCancellation(startUtc, time.GetUtcNow().UtcDateTime);

    public async Task<AppointmentType?> FindTypeAsync(string type, CancellationToken ct)
    {
        var code = type.Trim().ToLowerInvariant();
        return Guid.TryParse(code, out var id)
            ? await db.AppointmentTypes.AsNoTracking().FirstOrDefaultAsync(t => t.Id == id && t.Active, ct)
            : await db.AppointmentTypes.AsNoTracking().FirstOrDefaultAsync(t => t.Code == code && t.Active, ct);
    }

    private async Task<string> LocationNameAsync(WeeklyHours? shift, CancellationToken ct) =>
        await db.Locations.AsNoTracking().Where(l => l.Id == shift!.LocationId).Select(l => l.Name).FirstOrDefaultAsync(ct) ?? "The location";

    /// <summary>The start as an instant, or default with the error in <paramref name="errors"/>.</summary>
    private static Instant ParseStart(string? text, Instant now, Dictionary<string, string[]> errors)
    {
        if (!IsoTime.TryParseWithOffset(text, out var start))
        {
            errors["start"] = [BookingMessages.StartFormat];
        }
        else if (!Availability.IsOnGrid(start))
        {
            errors["start"] = [BookingMessages.StartOffGrid];
        }
        else if (start < now)
        {
            errors["start"] = [BookingMessages.StartPast];
        }

        return start;
    }

    /// <summary>
    /// The clear answers before the database's own: licence on the day, safety block, working hours,
    /// time off, a visible clash (leaving out <paramref name="moving"/>), and the room's location.
    /// </summary>
    private async Task<BookingResult?> CheckSlotAsync(Guid patientId, Staff.StaffMember practitioner, Room? room, Interval slot, Guid? moving, CancellationToken ct)
    {
        var zone = await clock.ZoneAsync(ct);
        var day = slot.Start.InZone(zone).Date;
        // Checked on the appointment's day, which is never before today: a licence that lapses
        // before the visit refuses it too.
        if (!Licence.AllowsClinicalWork(practitioner.LicenceExpiresOn, day.ToDateOnly()))
        {
            var expires = practitioner.LicenceExpiresOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "not recorded";
            return BookingResult.Refused(StatusCodes.Status422UnprocessableEntity, BookingMessages.LicenceExpired,
                $"{practitioner.FullName}'s professional licence is not valid on {day.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture)} (expiry: {expires}): no appointments can be booked with them until it is renewed.");
        }

        if (await BlockedByScreeningAsync(patientId, ct))
        {
            return BookingResult.Refused(StatusCodes.Status422UnprocessableEntity, BookingMessages.ScreeningBlocks,
                "The patient's safety screening blocks treatment: a clinician must record the referral or clearance before a visit can be booked.");
        }

        var schedule = await ScheduleReader.ReadAsync(db, zone, practitioner.Id, room?.Id, slot.Start, slot.End, ct, except: moving);
        var (fit, shift) = Availability.Check(schedule, slot);
        var refusal = fit switch
        {
            SlotFit.OutsideWorkingHours => BookingResult.Refused(StatusCodes.Status422UnprocessableEntity, BookingMessages.OutsideWorkingHours,
                $"{practitioner.FullName} does not work at that time."),
            SlotFit.TimeOff => BookingResult.Refused(StatusCodes.Status422UnprocessableEntity, BookingMessages.TimeOff,
                $"{practitioner.FullName} is away at that time."),
            SlotFit.Busy => Taken(room),
            SlotFit.LocationClosed => BookingResult.Refused(StatusCodes.Status422UnprocessableEntity, BookingMessages.LocationClosed,
                $"{await LocationNameAsync(shift, ct)} is closed at that time (outside its opening hours or a closed day)."),
            SlotFit.Fits => null,
            _ => throw new InvalidOperationException($"Unknown slot fit {fit}."),
        };
        if (refusal is not null)
        {
            return refusal;
        }

        return room is not null && shift?.LocationId is { } location && room.LocationId != location
            ? BookingResult.Invalid("roomId", BookingMessages.RoomElsewhere)
            : null;
    }

    /// <summary>An open episode whose latest screening still blocks treatment (0005) refuses booking.</summary>
    public async Task<bool> BlockedByScreeningAsync(Guid patientId, CancellationToken ct)
    {
        var open = await db.Episodes.AsNoTracking()
            .Where(e => e.PatientId == patientId && (e.Status == EpisodeStatus.Assessing || e.Status == EpisodeStatus.Active))
            .Select(e => e.Id).ToListAsync(ct);
        foreach (var episodeId in open)
        {
            var latest = await db.Screenings.AsNoTracking().Where(s => s.EpisodeId == episodeId)
                .OrderByDescending(s => s.RecordedAt).FirstOrDefaultAsync(ct);
            if (latest?.Blocks == true)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Saves the appointment with its claims. Another request may have claimed a slot between our
    /// check and our save: the key refuses it, nothing is written (a moved appointment keeps its
    /// old time and claims), and the answer is 409.
    /// </summary>
    private async Task<BookingResult> SaveClaimsAsync(Appointment appointment, Room? room, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException e) when (IsSlotClash(e))
        {
            db.ChangeTracker.Clear();
            return Taken(room);
        }

        return new BookingResult(appointment, [], null);
    }

    private static BookingResult Taken(Room? room) => BookingResult.Refused(StatusCodes.Status409Conflict, BookingMessages.SlotTaken,
        room is null
            ? "The practitioner already has an appointment at that time."
            : "The practitioner or the room already has an appointment at that time.");

    private static bool IsSlotClash(DbUpdateException e) => e.InnerException switch
    {
        SqliteException s => s.SqliteErrorCode == 19 && s.Message.Contains("SlotClaims", StringComparison.Ordinal),
        PostgresException p => p.SqlState == PostgresErrorCodes.UniqueViolation && p.TableName == "SlotClaims",
        _ => false,
    };
}
