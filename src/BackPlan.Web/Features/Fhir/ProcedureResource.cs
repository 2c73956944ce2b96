using System.Globalization;
using BackPlan.Clinical.Plans;
using Hl7.Fhir.Model;
using NoteStatus = BackPlan.Web.Features.Sessions.NoteStatus;

namespace BackPlan.Web.Features.Fhir;

/// <summary>A session note with its appointment's time: the techniques given in that session.</summary>
public sealed class SessionTechniques
{
    public required Sessions.SessionNote Note { get; init; }

    public DateTime StartUtc { get; init; }

    public DateTime EndUtc { get; init; }
}

/// <summary>
/// Each structured soft tissue technique given in a session as a FHIR R4 Procedure (id
/// <c>{note id}.{row}</c>): the technique (BackPlan's code, plans.md), the region and side, minutes,
/// pressure and the immediate response, in the session's Encounter, by its practitioner. A technique
/// of a signed note is completed; of a draft, in progress (the note may still change).
/// </summary>
public static class ProcedureResource
{
    public const string TechniqueSystem = "urn:backplan:technique";

    public static readonly IReadOnlyDictionary<NoteStatus, EventStatus> Statuses = new Dictionary<NoteStatus, EventStatus>
    {
        [NoteStatus.Draft] = EventStatus.InProgress,
        [NoteStatus.SignedOff] = EventStatus.Completed,
    };

    public static IReadOnlyCollection<string> Codes { get; } = [.. PlanVocabulary.Techniques.Select(t => t.Code)];

    public static IEnumerable<Resource> From(SessionTechniques session)
    {
        var note = session.Note;
        return note.Techniques.Select((technique, row) =>
        {
            var procedure = new Procedure
            {
                Id = $"{note.Id}.{(row + 1).ToString(CultureInfo.InvariantCulture)}",
                Status = Statuses[note.Status],
                Category = new CodeableConcept { Text = "Soft tissue therapy" },
                Code = new CodeableConcept(TechniqueSystem, technique.Technique, technique.Technique.Replace('_', ' ')),
                Subject = new ResourceReference($"Patient/{note.PatientId}"),
                Encounter = new ResourceReference($"Encounter/{note.AppointmentId}"),
                Performed = new Period(FhirTime.At(session.StartUtc), FhirTime.At(session.EndUtc)),
                Performer = [new Procedure.PerformerComponent { Actor = new ResourceReference($"Practitioner/{note.PractitionerId}") }],
                BodySite = [new CodeableConcept { Text = technique.Side is null ? technique.Region : $"{technique.Region} ({technique.Side})" }],
                Outcome = new CodeableConcept { Text = technique.ResponseNote is { Length: > 0 } said ? $"{technique.Response}: {said}" : technique.Response },
                Note = [new Annotation { Text = $"{technique.Minutes} minutes at pressure {technique.Pressure} of 5." }],
            };
            return (Resource)procedure;
        });
    }
}
