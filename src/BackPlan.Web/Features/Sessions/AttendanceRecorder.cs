using BackPlan.Web.Data;
using BackPlan.Web.Features.Appointments;
using Microsoft.EntityFrameworkCore;

namespace BackPlan.Web.Features.Sessions;

public sealed record AttendanceRequest(string? Status);

/// <summary>
/// Records whether a patient came: a booked appointment becomes attended or no-show once it has
/// started. A mistake can be corrected (attended ↔ no-show) until a note exists; a cancelled
/// appointment is never marked (its late flag already says what happened).
/// </summary>
public sealed class AttendanceRecorder(BackPlanDb db, TimeProvider time)
{
    public const string Attended = "attended";
    public const string NoShow = "noShow";

    public async Task<BookingResult> MarkAsync(Guid appointmentId, AttendanceRequest input, CancellationToken ct)
    {
        AppointmentStatus? status = input.Status?.Trim() switch
        {
            Attended => AppointmentStatus.Attended,
            NoShow => AppointmentStatus.NoShow,
            _ => null,
        };
        if (status is null)
        {
            return BookingResult.Invalid("status", NoteMessages.AttendanceStatus);
        }

        var appointment = await db.Appointments.FirstOrDefaultAsync(a => a.Id == appointmentId, ct);
        if (appointment is null)
        {
            return BookingResult.Missing;
        }

        if (appointment.Status == AppointmentStatus.Cancelled)
        {
            return BookingResult.Refused(StatusCodes.Status409Conflict, "cancelled", AttendanceRefusals.Cancelled);
        }

        if (appointment.StartUtc > time.GetUtcNow().UtcDateTime)
        {
            return BookingResult.Refused(StatusCodes.Status409Conflict, "not-started", AttendanceRefusals.NotStarted);
        }

        if (status == AppointmentStatus.NoShow && await db.SessionNotes.AnyAsync(n => n.AppointmentId == appointmentId, ct))
        {
            return BookingResult.Refused(StatusCodes.Status409Conflict, "has-note", AttendanceRefusals.HasNote);
        }

        if (appointment.Status != status)
        {
            appointment.Status = status.Value;
            await db.SaveChangesAsync(ct);
        }

        return new BookingResult(appointment, [], null);
    }
}

/// <summary>Why attendance cannot be recorded (ProblemDetails titles; pages show "attendance.{code}").</summary>
public static class AttendanceRefusals
{
    public const string Cancelled = "The appointment was cancelled: there is no attendance to record.";
    public const string NotStarted = "Attendance can be recorded only once the appointment has started.";
    public const string HasNote = "The session has a note, so the patient came: it cannot be marked as a no-show.";

    public static IReadOnlyList<string> Codes { get; } = ["cancelled", "not-started", "has-note"];
}
