using Hl7.Fhir.Model;

namespace BackPlan.Web.Features.Fhir;

/// <summary>A search parameter the server honours, with its FHIR type and what it matches.</summary>
public sealed record FhirSearchParameter(string Name, SearchParamType Type, string Documentation);

/// <summary>
/// What this FHIR server does, made from <see cref="FhirTypes.All"/>: the CapabilityStatement at
/// <c>/fhir/metadata</c>, and the parameters a search takes (any other is refused), so the statement
/// can never promise more (or less) than the server does; a test calls every entry.
/// </summary>
public static class FhirCapability
{
    /// <summary>Paging parameters every search takes.</summary>
    public static readonly IReadOnlyList<FhirSearchParameter> Paging =
    [
        new("_count", SearchParamType.Number, "Entries per page, 1 to 100 (20 when left out)."),
        new("_offset", SearchParamType.Number, "Entries to skip; the bundle's next and previous links carry it."),
    ];

    public static CapabilityStatement Statement(DateTimeOffset built) => new()
    {
        Status = PublicationStatus.Active,
        Date = built.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        Publisher = "BackPlan",
        Kind = CapabilityStatementKind.Instance,
        Software = new CapabilityStatement.SoftwareComponent { Name = "BackPlan" },
        Implementation = new CapabilityStatement.ImplementationComponent { Description = "BackPlan FHIR R4 server: read and search of a clinic's records, creates of scored instruments, bulk export." },
        Instantiates = ["http://hl7.org/fhir/uv/bulkdata/CapabilityStatement/bulk-data"],
        FhirVersion = FHIRVersion.N4_0_1,
        Format = ["json"],
        Rest =
        [
            new CapabilityStatement.RestComponent
            {
                Mode = CapabilityStatement.RestfulCapabilityMode.Server,
                Security = new CapabilityStatement.SecurityComponent
                {
                    Description = "A bearer token from POST /api/v1/auth/token, with SMART-style scopes (patient/*.read, user/*.read, …Type.write; \"scope\" narrows them). Staff read their clinic's records; a patient reads only their own.",
                },
                Operation = [BulkExport("export")],
                Resource = [.. FhirTypes.All.Select(r => new CapabilityStatement.ResourceComponent
                {
                    Type = r.Name,
                    Interaction =
                    [
                        new CapabilityStatement.ResourceInteractionComponent { Code = CapabilityStatement.TypeRestfulInteraction.Read },
                        new CapabilityStatement.ResourceInteractionComponent { Code = CapabilityStatement.TypeRestfulInteraction.SearchType },
                        .. Creates(r.Name),
                    ],
                    SearchInclude = [.. r.IncludeNames],
                    Operation = [.. r.Operations.Select(o => new CapabilityStatement.OperationComponent
                    {
                        Name = o,
                        Definition = $"http://hl7.org/fhir/OperationDefinition/{r.Name}-{o}",
                    })],
                    SearchParam = [.. r.Parameters.Concat(Paging).Select(p => new CapabilityStatement.SearchParamComponent { Name = p.Name, Type = p.Type, Documentation = p.Documentation })],
                }),
                .. FhirCreateEndpoints.Types.Where(t => FhirTypes.All.All(r => r.Name != t)).Select(t => new CapabilityStatement.ResourceComponent { Type = t, Interaction = Creates(t) }),
                new CapabilityStatement.ResourceComponent { Type = "Group", Operation = [BulkExport("group-export")] }],
            },
        ],
    };

    private static List<CapabilityStatement.ResourceInteractionComponent> Creates(string type) =>
        FhirCreateEndpoints.Types.Contains(type) ? [new() { Code = CapabilityStatement.TypeRestfulInteraction.Create }] : [];

    private static CapabilityStatement.OperationComponent BulkExport(string definition) =>
        new() { Name = "export", Definition = $"http://hl7.org/fhir/uv/bulkdata/OperationDefinition/{definition}" };

    /// <summary>The parameters a search of <paramref name="type"/> takes (its own, paging, and <c>_format</c>).</summary>
    public static IReadOnlySet<string> Accepted(IFhirType type) =>
        type.Parameters.Concat(Paging).Select(p => p.Name).Append("_format")
            .Concat(type.IncludeNames.Count > 0 ? ["_include"] : []).ToHashSet(StringComparer.Ordinal);
}
