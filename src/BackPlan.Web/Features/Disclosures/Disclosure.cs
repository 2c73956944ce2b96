using BackPlan.Web.Platform.Tenancy;

namespace BackPlan.Web.Features.Disclosures;

/// <summary>
/// Patient data that left the clinic (HIPAA §164.528 accounting of disclosures; decision 0041): to
/// whom, what, when, by whom and why. The patient sees these beside their access log.
/// </summary>
public sealed class Disclosure : IPatientOwned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid ClinicId { get; set; }

    public Guid PatientId { get; set; }

    Guid IPatientOwned.OwnerPatientId => PatientId;

    public DateTime At { get; set; }

    /// <summary>One of <see cref="DisclosureKinds.All"/>: pages name it in the reader's language.</summary>
    public required string Kind { get; set; }

    /// <summary>Who received it, e.g. "the patient's doctor", "the patient", or a FHIR client's name.</summary>
    public required string Recipient { get; set; }

    /// <summary>What was disclosed, in a few words.</summary>
    public required string What { get; set; }

    /// <summary>Why.</summary>
    public required string Purpose { get; set; }

    public string? ByUserId { get; set; }

    public required string ByName { get; set; }

    public string? ByRole { get; set; }
}

/// <summary>The kinds of <see cref="Disclosure"/>; each has a <c>disclosure.{kind}</c> text in both languages.</summary>
public static class DisclosureKinds
{
    public const string ReferralLetter = "referral-letter";

    /// <summary>The patient's own copy of their data (portal page or <c>/api/v1/me/export</c>).</summary>
    public const string PatientExport = "patient-export";

    /// <summary>A FHIR bulk export (<c>$export</c>) that held the patient's data.</summary>
    public const string FhirBulkExport = "fhir-bulk-export";

    public static readonly IReadOnlyList<string> All = [ReferralLetter, PatientExport, FhirBulkExport];
}
