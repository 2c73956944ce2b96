using System.Text.Json;
using BackPlan.Web.Features.Portal;
using BackPlan.Web.Platform.Tenancy;

namespace BackPlan.Web.Features.DataRights;

/// <summary>The signed-in patient's own data as one JSON file (GDPR Art. 15 and 20). Staff get 403.</summary>
public static class DataRightsApi
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public static void MapDataRightsApi(this IEndpointRouteBuilder app) =>
        app.MapMine("export", Export, "patient.export");

    private static async Task<IResult> Export(PatientDataExport export, CurrentUser user, Disclosures.Disclosures disclosures, CancellationToken ct)
    {
        var bundle = await export.GatherAsync(user.PatientId ?? Guid.Empty, ct);
        if (bundle is not null)
        {
            await disclosures.RecordAsync(user.PatientId!.Value, Disclosures.DisclosureKinds.PatientExport, "the patient", "all their data as a JSON file", "the patient's right of access", ct);
        }

        return bundle is null
            ? TypedResults.NotFound()
            : TypedResults.File(JsonSerializer.SerializeToUtf8Bytes(bundle, Json), "application/json", string.Create(System.Globalization.CultureInfo.InvariantCulture, $"backplan-my-data-{bundle.ExportedAt:yyyy-MM-dd}.json"));
    }
}
