using NodaTime;
using NodaTime.Text;

namespace BackPlan.Web.Features.Appointments;

/// <summary>The calendar's booking form: local date and time in the clinic's zone, turned into the API's request.</summary>
public sealed class BookingForm
{
    public string? PatientId { get; set; }

    public string? PractitionerId { get; set; }

    public string? Type { get; set; }

    public DateOnly? Date { get; set; }

    /// <summary>"HH:mm" from an input of type time.</summary>
    public string? Time { get; set; }

    public string? RoomId { get; set; }

    /// <summary>The request, or null with <paramref name="errors"/> filled (by form property).</summary>
    public BookAppointmentRequest? ToRequest(DateTimeZone zone, Dictionary<string, string[]> errors)
    {
        var time = LocalTimePattern.CreateWithInvariantCulture("HH':'mm").Parse(Time?.Trim() ?? "");
        if (Date is not { } date || !time.Success)
        {
            errors[nameof(Time)] = [BookingMessages.ChooseDateAndTime];
            return null;
        }

        var start = zone.AtLeniently(LocalDate.FromDateOnly(date) + time.Value).ToOffsetDateTime();
        return new BookAppointmentRequest(
            Guid.TryParse(PatientId, out var patient) ? patient : null,
            Guid.TryParse(PractitionerId, out var practitioner) ? practitioner : null,
            Type,
            OffsetDateTimePattern.ExtendedIso.Format(start),
            Guid.TryParse(RoomId, out var room) ? room : null);
    }

    /// <summary>The API's camelCase field names as this form's properties (start is the time field).</summary>
    public static string FieldOf(string apiField) => apiField switch
    {
        "patientId" => nameof(PatientId),
        "practitionerId" => nameof(PractitionerId),
        "type" => nameof(Type),
        "roomId" => nameof(RoomId),
        _ => nameof(Time),
    };
}
