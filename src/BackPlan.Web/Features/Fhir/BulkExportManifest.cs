namespace BackPlan.Web.Features.Fhir;

/// <summary>The manifest of a finished bulk export (Bulk Data IG v2).</summary>
public sealed record BulkExportManifest(string TransactionTime, string Request, bool RequiresAccessToken, IReadOnlyList<BulkExportOutput> Output, IReadOnlyList<BulkExportOutput> Error);

/// <summary>One file of a bulk export's manifest.</summary>
public sealed record BulkExportOutput(string Type, string Url, int Count);
