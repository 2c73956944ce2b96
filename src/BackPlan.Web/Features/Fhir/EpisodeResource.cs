using Hl7.Fhir.Model;
using EpisodeStatus = BackPlan.Web.Features.Episodes.EpisodeStatus;

namespace BackPlan.Web.Features.Fhir;

/// <summary>An episode of care for low back pain as a FHIR R4 EpisodeOfCare: status, patient, clinic and period.</summary>
public static class EpisodeResource
{
    /// <summary>
    /// BackPlan's statuses as FHIR's (R4 episode-of-care-status): assessing is planned (no program
    /// approved yet), active is active, discharged and referred on are both finished.
    /// </summary>
    public static readonly IReadOnlyDictionary<EpisodeStatus, EpisodeOfCare.EpisodeOfCareStatus> Statuses = new Dictionary<EpisodeStatus, EpisodeOfCare.EpisodeOfCareStatus>
    {
        [EpisodeStatus.Assessing] = EpisodeOfCare.EpisodeOfCareStatus.Planned,
        [EpisodeStatus.Active] = EpisodeOfCare.EpisodeOfCareStatus.Active,
        [EpisodeStatus.Discharged] = EpisodeOfCare.EpisodeOfCareStatus.Finished,
        [EpisodeStatus.Referred] = EpisodeOfCare.EpisodeOfCareStatus.Finished,
    };

    public static EpisodeOfCare From(Episodes.Episode episode) => new()
    {
        Id = episode.Id.ToString(),
        Status = Statuses[episode.Status],
        Type = [new CodeableConcept { Text = "Low back pain: soft tissue therapy with exercise and education" }],
        Patient = new ResourceReference($"Patient/{episode.PatientId}"),
        ManagingOrganization = new ResourceReference($"Organization/{episode.ClinicId}"),
        Period = new Period
        {
            Start = episode.StartedOn.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            End = episode.ClosedAt?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        },
    };
}
