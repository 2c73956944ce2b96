using Hl7.Fhir.Model;

namespace BackPlan.Web.Features.Fhir;

/// <summary>Stored UTC instants as FHIR values (the database gives them without a kind on some providers).</summary>
public static class FhirTime
{
    public static DateTimeOffset Offset(DateTime utc) => new(DateTime.SpecifyKind(utc, DateTimeKind.Utc));

    public static FhirDateTime At(DateTime utc) => new(Offset(utc));

    /// <summary>The instant as FHIR's dateTime text, for the properties Firely types as strings.</summary>
    public static string Text(DateTime utc) => At(utc).Value!;
}
