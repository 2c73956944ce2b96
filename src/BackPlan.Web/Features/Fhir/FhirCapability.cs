using Hl7.Fhir.Model;

namespace BackPlan.Web.Features.Fhir;

/// <summary>A search parameter the server honours, with its FHIR type and what it matches.</summary>
public sealed record FhirSearchParameter(string Name, SearchParamType Type, string Documentation);

/// <summary>A resource type the server serves: read, search and the search parameters.</summary>
public sealed record FhirResourceSupport(string Type, IReadOnlyList<FhirSearchParameter> SearchParameters);

/// <summary>
/// What this FHIR server does, in one list: the CapabilityStatement at <c>/fhir/metadata</c> is made
/// from it and the search endpoints refuse any parameter not in it, so the statement can never
/// promise more (or less) than the server does; a test calls every entry.
/// </summary>
public static class FhirCapability
{
    /// <summary>Paging parameters every search takes.</summary>
    public static readonly IReadOnlyList<FhirSearchParameter> Paging =
    [
        new("_count", SearchParamType.Number, "Entries per page, 1 to 100 (20 when left out)."),
        new("_offset", SearchParamType.Number, "Entries to skip; the bundle's next and previous links carry it."),
    ];

    public static readonly IReadOnlyList<FhirResourceSupport> Resources =
    [
        new("Patient",
        [
            new("_id", SearchParamType.Token, "One or more ids, comma-separated."),
            new("name", SearchParamType.String, "Part of the given or family name, email or phone (case-insensitive, anywhere in it)."),
            new("birthdate", SearchParamType.Date, "The birth date, with eq, ne, lt, gt, le or ge and year, month or day precision."),
        ]),
    ];

    public static CapabilityStatement Statement(DateTimeOffset built) => new()
    {
        Status = PublicationStatus.Active,
        Date = built.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        Publisher = "BackPlan",
        Kind = CapabilityStatementKind.Instance,
        Software = new CapabilityStatement.SoftwareComponent { Name = "BackPlan" },
        Implementation = new CapabilityStatement.ImplementationComponent { Description = "BackPlan FHIR R4 server: read and search of a clinic's records." },
        FhirVersion = FHIRVersion.N4_0_1,
        Format = ["json"],
        Rest =
        [
            new CapabilityStatement.RestComponent
            {
                Mode = CapabilityStatement.RestfulCapabilityMode.Server,
                Security = new CapabilityStatement.SecurityComponent
                {
                    Description = "A bearer token from POST /api/v1/auth/token. Staff read their clinic's records; a patient reads only their own.",
                },
                Resource = [.. Resources.Select(r => new CapabilityStatement.ResourceComponent
                {
                    Type = r.Type,
                    Interaction =
                    [
                        new CapabilityStatement.ResourceInteractionComponent { Code = CapabilityStatement.TypeRestfulInteraction.Read },
                        new CapabilityStatement.ResourceInteractionComponent { Code = CapabilityStatement.TypeRestfulInteraction.SearchType },
                    ],
                    SearchParam = [.. r.SearchParameters.Concat(Paging).Select(p => new CapabilityStatement.SearchParamComponent { Name = p.Name, Type = p.Type, Documentation = p.Documentation })],
                })],
            },
        ],
    };

    /// <summary>The parameters a search of <paramref name="type"/> takes (its own, paging, and <c>_format</c>).</summary>
    public static IReadOnlySet<string> Accepted(string type) =>
        Resources.Single(r => r.Type == type).SearchParameters.Concat(Paging).Select(p => p.Name).Append("_format").ToHashSet(StringComparer.Ordinal);
}
