using BackPlan.Web.Platform.Tenancy;

namespace BackPlan.Web.Features.Sessions;

/// <summary>Text added to a signed note, with its author and time; never edited once added.</summary>
public sealed class SessionNoteAddendum : IPatientOwned
{
    public const int MaxTextLength = 2000;

    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid ClinicId { get; set; }

    public Guid PatientId { get; set; }

    Guid IPatientOwned.OwnerPatientId => PatientId;

    public Guid NoteId { get; set; }

    public required string Text { get; set; }

    public required string Author { get; set; }

    public DateTime CreatedAt { get; set; }
}
