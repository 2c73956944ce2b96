using System.ComponentModel.DataAnnotations;

namespace BackPlan.Web.Features.Fhir;

/// <summary>Configuration section "Fhir:Export": how bulk exports run (decision 0038).</summary>
public sealed class BulkExportOptions
{
    public const string Section = "Fhir:Export";

    /// <summary>How often each instance looks for a waiting export.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Resources per NDJSON file; a type with more gets several files.</summary>
    [Range(1, 1_000_000)]
    public int FileSize { get; set; } = 10_000;

    /// <summary>How long a finished export's files are kept before they are deleted.</summary>
    public TimeSpan Retention { get; set; } = TimeSpan.FromDays(1);
}
