using Hl7.Fhir.Model;
using AppointmentStatus = BackPlan.Web.Features.Appointments.AppointmentStatus;

namespace BackPlan.Web.Features.Fhir;

/// <summary>A BackPlan appointment as a FHIR R4 Appointment: status, start and end, the patient, the practitioner and the room's location.</summary>
public static class AppointmentResource
{
    /// <summary>BackPlan's statuses and FHIR's (R4 appointmentstatus), both ways.</summary>
    public static readonly IReadOnlyDictionary<AppointmentStatus, Appointment.AppointmentStatus> Statuses = new Dictionary<AppointmentStatus, Appointment.AppointmentStatus>
    {
        [AppointmentStatus.Booked] = Appointment.AppointmentStatus.Booked,
        [AppointmentStatus.Attended] = Appointment.AppointmentStatus.Fulfilled,
        [AppointmentStatus.Cancelled] = Appointment.AppointmentStatus.Cancelled,
        [AppointmentStatus.NoShow] = Appointment.AppointmentStatus.Noshow,
    };

    public static Appointment From(Appointments.Appointment appointment)
    {
        var resource = new Appointment
        {
            Id = appointment.Id.ToString(),
            Status = Statuses[appointment.Status],
            Start = FhirTime.Offset(appointment.StartUtc),
            End = FhirTime.Offset(appointment.EndUtc),
            MinutesDuration = (int)(appointment.EndUtc - appointment.StartUtc).TotalMinutes,
            Created = appointment.CreatedAt.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            Participant =
            [
                Participant($"Patient/{appointment.PatientId}"),
                Participant($"Practitioner/{appointment.PractitionerId}"),
            ],
        };
        if (appointment.Status == AppointmentStatus.Cancelled && !string.IsNullOrWhiteSpace(appointment.CancellationReason))
        {
            resource.CancelationReason = new CodeableConcept { Text = appointment.CancellationReason };
        }

        return resource;
    }

    private static Appointment.ParticipantComponent Participant(string reference) => new()
    {
        Actor = new ResourceReference(reference),
        Required = Appointment.ParticipantRequired.Required,
        Status = ParticipationStatus.Accepted,
    };
}
