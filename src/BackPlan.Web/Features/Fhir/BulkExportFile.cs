using BackPlan.Web.Platform.Tenancy;

namespace BackPlan.Web.Features.Fhir;

/// <summary>One NDJSON file of a bulk export: resources of one type, one per line.</summary>
public sealed class BulkExportFile : IClinicOwned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid ClinicId { get; set; }

    public Guid ExportId { get; set; }

    public required string Type { get; set; }

    /// <summary>Its place among the export's files (the manifest lists them in this order).</summary>
    public int Sequence { get; set; }

    public int Count { get; set; }

    public required string Content { get; set; }
}
