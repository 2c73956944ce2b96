using BackPlan.Web.Platform.Tenancy;

namespace BackPlan.Web.Features.Instruments;

/// <summary>
/// The official item wording a clinic imported (as a FHIR Questionnaire) for an instrument it is
/// licensed to use. Shown instead of BackPlan's own descriptions.
/// </summary>
public sealed class InstrumentWording : IClinicOwned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid ClinicId { get; set; }

    public required string InstrumentCode { get; set; }

    public required string Title { get; set; }

    /// <summary>Item code → text.</summary>
    public Dictionary<string, string> ItemTexts { get; set; } = [];

    /// <summary>The Questionnaire as imported, kept for provenance.</summary>
    public required string QuestionnaireJson { get; set; }

    public required string ImportedBy { get; set; }

    public DateTime ImportedAt { get; set; }
}
