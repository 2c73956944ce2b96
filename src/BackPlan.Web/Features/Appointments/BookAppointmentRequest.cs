namespace BackPlan.Web.Features.Appointments;

/// <summary>POST /api/v1/appointments. <see cref="Type"/> is a type's code (e.g. treatment-45) or id; <see cref="Start"/> ISO 8601 with an offset.</summary>
public sealed record BookAppointmentRequest(Guid? PatientId, Guid? PractitionerId, string? Type, string? Start, Guid? RoomId = null);

/// <summary>
/// POST /api/v1/appointments/{id}/reschedule: the new <see cref="Start"/> (ISO 8601 with an offset);
/// practitioner, room and type stay as they are when left out.
/// </summary>
public sealed record RescheduleAppointmentRequest(string? Start, Guid? PractitionerId = null, Guid? RoomId = null, string? Type = null);

/// <summary>POST /api/v1/appointments/{id}/cancel.</summary>
public sealed record CancelAppointmentRequest(string? Reason);

/// <summary>Why a well-formed booking or cancellation was refused: <see cref="Code"/> is stable for clients, <see cref="Title"/> is for people.</summary>
public sealed record BookingRefusal(int Status, string Code, string Title);

public sealed record BookingResult(Appointment? Appointment, Dictionary<string, string[]> Errors, BookingRefusal? Refusal)
{
    /// <summary>No such appointment visible to the caller (another clinic's, or another patient's).</summary>
    public static readonly BookingResult Missing = new(null, [], null);

    public static BookingResult Invalid(string field, string message) => new(null, new() { [field] = [message] }, null);

    public static BookingResult Refused(int status, string code, string title) => new(null, [], new BookingRefusal(status, code, title));
}
