using System.Globalization;
using BackPlan.Web.Data;
using BackPlan.Web.Platform;
using BackPlan.Web.Platform.Auditing;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace BackPlan.Web.Features.Audit;

/// <summary>
/// <c>GET /audit/export.csv</c>: the admin's audit report as CSV, with the page's filters (patient,
/// user, action, from, to), oldest first, each entry with its place and hash in the clinic's chain so
/// an auditor can check the file against <c>backplan audit verify</c>. The export is itself audited.
/// </summary>
public static class AuditReportExport
{
    public const string Path = "/audit/export.csv";

    public static readonly string[] Columns =
        ["sequence", "at_utc", "user_id", "user_name", "role", "action", "patient_id", "patient_name", "client_ip", "detail", "hash"];

    // Patient names are read for this many entries at a time: the report can hold a clinic's whole history.
    private const int NameBatch = 500;

    public static void MapAuditReportExport(this IEndpointRouteBuilder app) =>
        app.MapGet(Path, Export).RequireAuthorization(PlatformSetup.AdminPolicy)
            .AuditsPatientData("audit.export", routeKey: null)
            .ExcludeFromDescription();

    private static Results<PushStreamHttpResult, ValidationProblem> Export(
        BackPlanDb db, CancellationToken ct, string? patient = null, string? user = null, string? action = null, string? from = null, string? to = null)
    {
        var (filter, errors) = AuditReportFilter.Parse(patient, user, action, from, to);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        return TypedResults.Stream(async stream =>
        {
            await using var writer = new StreamWriter(stream, new System.Text.UTF8Encoding(false));
            await WriteAsync(db, filter, writer, ct);
        }, "text/csv", "audit-log.csv");
    }

    public static async Task WriteAsync(BackPlanDb db, AuditReportFilter filter, TextWriter writer, CancellationToken ct)
    {
        await writer.WriteAsync(string.Join(',', Columns) + "\n");
        var names = new Dictionary<Guid, string>();
        var entries = filter.Apply(db.AuditEntries.AsNoTracking()).OrderBy(e => e.At).ThenBy(e => e.Id);
        // Page by page, not one open reader: the names are read between pages, and PostgreSQL runs one
        // command at a time on a connection (a streamed reader beside the name query failed past 500 entries).
        for (var skip = 0; ; skip += NameBatch)
        {
            var batch = await entries.Skip(skip).Take(NameBatch).ToListAsync(ct);
            await WriteBatchAsync(db, batch, names, writer, ct);
            if (batch.Count < NameBatch)
            {
                break;
            }
        }
    }

    private static async Task WriteBatchAsync(BackPlanDb db, List<AuditEntry> batch, Dictionary<Guid, string> names, TextWriter writer, CancellationToken ct)
    {
        var missing = batch.Where(e => e.PatientId is { } id && !names.ContainsKey(id)).Select(e => e.PatientId!.Value).Distinct().ToList();
        if (missing.Count > 0)
        {
            foreach (var p in await db.Patients.AsNoTracking().Where(p => missing.Contains(p.Id)).Select(p => new { p.Id, p.FamilyName, p.GivenName }).ToListAsync(ct))
            {
                names[p.Id] = $"{p.FamilyName}, {p.GivenName}";
            }
        }

        foreach (var e in batch)
        {
            string?[] fields =
            [
                e.Sequence?.ToString(CultureInfo.InvariantCulture),
                e.At.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture),
                e.UserId, e.UserName, e.Role, e.Action,
                e.PatientId?.ToString(),
                e.PatientId is { } id ? names.GetValueOrDefault(id) : null,
                e.ClientIp, e.Detail, e.Hash,
            ];
            await writer.WriteAsync(string.Join(',', fields.Select(CsvField.Of)) + "\n");
        }

        batch.Clear();
    }
}
