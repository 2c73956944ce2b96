using Hl7.Fhir.Model;

namespace BackPlan.Web.Features.Fhir;

/// <summary>
/// A session that took place (an attended appointment, or one with a session note) as a FHIR R4
/// Encounter: finished, ambulatory, with the patient, the practitioner, its time and the Appointment
/// it fulfilled. It has the appointment's id: one session per appointment.
/// </summary>
public static class EncounterResource
{
    public static Encounter From(Appointments.Appointment appointment) => new()
    {
        Id = appointment.Id.ToString(),
        Status = Encounter.EncounterStatus.Finished,
        Class = new Coding("http://terminology.hl7.org/CodeSystem/v3-ActCode", "AMB", "ambulatory"),
        Subject = new ResourceReference($"Patient/{appointment.PatientId}"),
        Participant = [new Encounter.ParticipantComponent { Individual = new ResourceReference($"Practitioner/{appointment.PractitionerId}") }],
        Appointment = [new ResourceReference($"Appointment/{appointment.Id}")],
        Period = new Period(FhirTime.At(appointment.StartUtc), FhirTime.At(appointment.EndUtc)),
        ServiceProvider = new ResourceReference($"Organization/{appointment.ClinicId}"),
    };
}
