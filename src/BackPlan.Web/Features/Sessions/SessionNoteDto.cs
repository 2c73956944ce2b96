using System.Text.Json;
using BackPlan.Web.Features.Examinations;

namespace BackPlan.Web.Features.Sessions;

public sealed record AddendumDto(string Text, string Author, DateTime CreatedAt);

/// <summary>A session note on the wire; times are UTC instants.</summary>
public sealed record SessionNoteDto(
    Guid Id,
    Guid AppointmentId,
    Guid PatientId,
    Guid? EpisodeId,
    Guid PractitionerId,
    Guid? PlanVersionId,
    string Status,
    string? Subjective,
    string? Objective,
    decimal? SchoberCm,
    decimal? FingertipFloorCm,
    IReadOnlyList<ExaminationFinding> Findings,
    IReadOnlyList<AppliedTechnique> Techniques,
    string? Assessment,
    string? Plan,
    DateTime CreatedAt,
    string CreatedBy,
    DateTime? UpdatedAt,
    DateTime? SignedAt,
    string? SignedBy,
    IReadOnlyList<AddendumDto> Addenda)
{
    public static SessionNoteDto From(SessionNote n) => new(
        n.Id, n.AppointmentId, n.PatientId, n.EpisodeId, n.PractitionerId, n.PlanVersionId,
        JsonNamingPolicy.CamelCase.ConvertName(n.Status.ToString()), n.Subjective, n.Objective, n.SchoberCm, n.FingertipFloorCm,
        n.Findings, n.Techniques, n.Assessment, n.Plan, n.CreatedAt, n.CreatedBy, n.UpdatedAt, n.SignedAt, n.SignedBy,
        n.Addenda.OrderBy(a => a.CreatedAt).Select(a => new AddendumDto(a.Text, a.Author, a.CreatedAt)).ToList());
}
