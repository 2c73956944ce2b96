using Firely.Fhir.Validation;
using Hl7.Fhir.Model;
using Hl7.Fhir.Specification.Source;
using Hl7.Fhir.Specification.Terminology;

namespace BackPlan.Web.Tests.Features.Fhir;

/// <summary>
/// Firely's profile validator over the R4 specification (the package's specification.zip, offline):
/// cardinalities, FHIRPath invariants and required bindings of the base resource definitions.
/// Loading the specification takes seconds, so one validator serves every test.
/// </summary>
internal static class FhirProfiles
{
    private static readonly Lazy<Validator> Validator = new(() =>
    {
        var specification = new CachedResolver(ZipSource.CreateValidationSource());
        return new Validator(specification, new LocalTerminologyService(specification));
    });

    /// <summary>The errors the validator finds in <paramref name="resource"/> (warnings and information left out).</summary>
    public static List<string> Errors(Resource resource)
    {
        lock (Validator)
        {
            return [.. Validator.Value.Validate(resource).Issue
                .Where(i => i.Severity is OperationOutcome.IssueSeverity.Error or OperationOutcome.IssueSeverity.Fatal)
                .Select(i => $"{resource.TypeName}/{resource.Id}: {i.Details?.Text} at {string.Join(", ", i.Expression)}")];
        }
    }
}
