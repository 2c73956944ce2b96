using Hl7.Fhir.Model;

namespace BackPlan.Web.Features.Fhir;

/// <summary>
/// A patient's consents as FHIR R4 Consents (ids <c>{patient id}.treatment</c> and
/// <c>{patient id}.data</c>): to treatment, and to the processing of their data (scope
/// patient-privacy), each with when it was given (who recorded it has no place in R4's Consent). BackPlan keeps the time a
/// consent was given and not its withdrawal, so a consent served is active.
/// </summary>
public static class ConsentResource
{
    public const string ScopeSystem = "http://terminology.hl7.org/CodeSystem/consentscope";

    public static IReadOnlyCollection<string> Scopes { get; } = ["treatment", "patient-privacy"];

    public static IEnumerable<Resource> From(Patients.Patient patient)
    {
        if (patient.TreatmentConsentAt is { } treatment)
        {
            yield return Consent(patient, "treatment", "treatment", "Treatment", treatment);
        }

        if (patient.DataProcessingConsentAt is { } data)
        {
            yield return Consent(patient, "data", "patient-privacy", "Privacy Consent", data);
        }
    }

    private static Consent Consent(Patients.Patient patient, string part, string scope, string display, DateTime at) => new()
    {
        Id = $"{patient.Id}.{part}",
        Status = Hl7.Fhir.Model.Consent.ConsentState.Active,
        Scope = new CodeableConcept(ScopeSystem, scope, display),
        Category = [new CodeableConcept("http://loinc.org", "59284-0", "Patient Consent")],
        Patient = new ResourceReference($"Patient/{patient.Id}"),
        DateTime = FhirTime.Text(at),
        Performer = [new ResourceReference($"Patient/{patient.Id}")],
        Organization = [new ResourceReference($"Organization/{patient.ClinicId}")],
        PolicyRule = new CodeableConcept("http://terminology.hl7.org/CodeSystem/v3-ActCode", "OPTIN", "opt-in"),
    };
}
