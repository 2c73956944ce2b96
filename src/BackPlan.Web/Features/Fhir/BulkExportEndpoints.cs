using System.Globalization;
using BackPlan.Web.Data;
using BackPlan.Web.Platform.Auditing;
using BackPlan.Web.Platform.Tenancy;
using Microsoft.AspNetCore.Http.Extensions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using IssueType = Hl7.Fhir.Model.OperationOutcome.IssueType;

namespace BackPlan.Web.Features.Fhir;

/// <summary>
/// Bulk Data Access (FHIR Bulk Data IG v2, decision 0038): system <c>$export</c> of the clinic and Group
/// <c>$export</c>, the status to poll, the NDJSON files and cancelling. Admins only; a job runs in the
/// background (<see cref="BulkExportRunner"/>), and only the account that asked may poll, download or cancel it.
/// </summary>
public static class BulkExportEndpoints
{
    public const string StatusPath = "/bulk-export";

    private static readonly string[] OutputFormats = [FhirJson.NdjsonMediaType, "application/ndjson", "ndjson"];

    private static readonly string[] Parameters = ["_type", "_since", "_outputFormat"];

    public static void MapBulkExport(this RouteGroupBuilder fhir)
    {
        // Nothing leaves at kick-off; the run audits the export (BulkExportRunner) and each download is audited below.
        fhir.MapGet("/$export", (HttpRequest request, BackPlanDb db, CurrentUser user, TimeProvider time, CancellationToken ct) => KickOffAsync(request, null, db, user, time, ct))
            .HasNoPatientData().WithSummary("Bulk export of the clinic's records as NDJSON (Prefer: respond-async; _type, _since, _outputFormat); admins only.");
        fhir.MapGet("/Group/{id}/$export", (string id, HttpRequest request, BackPlanDb db, CurrentUser user, TimeProvider time, CancellationToken ct) => KickOffAsync(request, id, db, user, time, ct))
            .HasNoPatientData().WithSummary("Bulk export of a group's patients: the clinic's id for all its patients, a practitioner's for theirs; admins only.");
        fhir.MapGet($"{StatusPath}/{{id:guid}}", StatusAsync).HasNoPatientData()
            .WithSummary("A bulk export's status: 202 with X-Progress while it runs, then 200 with the manifest.");
        fhir.MapDelete($"{StatusPath}/{{id:guid}}", CancelAsync).HasNoPatientData()
            .WithSummary("Cancel a bulk export and delete its files.");
        fhir.MapGet($"{StatusPath}/{{id:guid}}/files/{{file:guid}}", DownloadAsync).HasNoPatientData() // audited in the handler, naming the export and file
            .WithSummary("One NDJSON file of a finished bulk export.");
    }

    private static async Task<IResult> KickOffAsync(HttpRequest request, string? group, BackPlanDb db, CurrentUser user, TimeProvider time, CancellationToken ct)
    {
        if (user.Principal?.IsInRole(Roles.Admin) != true)
        {
            return FhirResults.Outcome(StatusCodes.Status403Forbidden, IssueType.Forbidden, "Only the clinic's admins may export its records in bulk.");
        }

        if (FhirResults.RefuseFormat(request) is { } refused)
        {
            return refused;
        }

        var prefer = request.Headers["Prefer"].ToString();
        if (!prefer.Contains("respond-async", StringComparison.OrdinalIgnoreCase))
        {
            return FhirSearch.Invalid("Send the header Prefer: respond-async: a bulk export runs in the background and is polled.");
        }

        var unknown = request.Query.Keys.Where(k => !Parameters.Contains(k)).Order(StringComparer.Ordinal).ToList();
        if (unknown.Count > 0 && !prefer.Contains("handling=lenient", StringComparison.OrdinalIgnoreCase))
        {
            return FhirSearch.Invalid($"Not supported by this server's $export: {string.Join(", ", unknown)}. Supported: {string.Join(", ", Parameters)}.");
        }

        var format = request.Query["_outputFormat"].ToString();
        if (format.Length > 0 && !OutputFormats.Contains(format))
        {
            return FhirSearch.Invalid($"_outputFormat={format} is not supported: {string.Join(", ", OutputFormats)}.");
        }

        DateTime? since = null;
        if (request.Query.ContainsKey("_since"))
        {
            if (ParseInstant(request.Query["_since"].ToString()) is not { } instant)
            {
                return FhirSearch.Invalid("_since must be a FHIR instant with its time zone, e.g. 2027-01-31T09:00:00Z.");
            }

            since = instant.UtcDateTime;
        }

        Guid? groupId = null;
        if (group is not null)
        {
            var clinicId = user.ClinicId!.Value;
            if (!Guid.TryParse(group, out var key) || (key != clinicId && !await FhirTypes.Practitioner.Rows(db).AnyAsync(FhirTypes.Practitioner.HasId(key), ct)))
            {
                return FhirResults.NotFound("Group", group);
            }

            groupId = key;
        }

        // A Group export gives what belongs to its patients; a system export everything of the clinic.
        var exportable = FhirTypes.All.Where(t => groupId is null || t.OfPatients).Select(t => t.Name).ToList();
        var asked = request.Query["_type"].SelectMany(v => (v ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)).Distinct().ToList();
        if (asked.FirstOrDefault(t => !exportable.Contains(t)) is { } notExportable)
        {
            return FhirSearch.Invalid($"_type={notExportable} cannot be exported here; the types are {string.Join(", ", exportable)}.");
        }

        if (asked.FirstOrDefault(t => !FhirScopes.Allows(user.Principal, t, FhirAccess.Read)) is { } outOfScope)
        {
            return FhirScopes.Refuse(user.Principal, outOfScope, FhirAccess.Read);
        }

        var types = asked.Count > 0 ? asked : exportable.Where(t => FhirScopes.Allows(user.Principal, t, FhirAccess.Read)).ToList();
        if (types.Count == 0)
        {
            return FhirScopes.Refuse(user.Principal, string.Join(", ", exportable), FhirAccess.Read);
        }

        var export = new BulkExport
        {
            RequestedBy = user.UserId!,
            RequestedByName = user.UserName ?? "unknown",
            Request = request.GetDisplayUrl(),
            Types = string.Join(',', types),
            Since = since,
            GroupId = groupId,
            CreatedAt = time.GetUtcNow().UtcDateTime,
        };
        db.Add(export);
        await db.SaveChangesAsync(ct);
        request.HttpContext.Response.Headers.ContentLocation = $"{FhirSearch.Root(request)}{StatusPath}/{export.Id}";
        return FhirResults.Resource(Information($"Export {export.Id} of {export.Types} is waiting to run; poll the Content-Location."), StatusCodes.Status202Accepted);
    }

    private static async Task<IResult> StatusAsync(Guid id, HttpContext context, BackPlanDb db, CurrentUser user, IOptions<BulkExportOptions> options, CancellationToken ct)
    {
        if (await MineAsync(db, user, id, ct) is not { } export)
        {
            return NotFound(id);
        }

        if (export.CompletedAt is not { } completed)
        {
            context.Response.Headers["X-Progress"] = export.Progress ?? "waiting to start";
            context.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(options.Value.PollInterval.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
            return Results.StatusCode(StatusCodes.Status202Accepted);
        }

        if (export.Error is { } error)
        {
            return FhirResults.Outcome(StatusCodes.Status500InternalServerError, IssueType.Exception, error);
        }

        context.Response.Headers.Expires = (completed + options.Value.Retention).ToString("R", CultureInfo.InvariantCulture);
        var root = FhirSearch.Root(context.Request);
        var files = await db.Set<BulkExportFile>().Where(f => f.ExportId == id).OrderBy(f => f.Sequence)
            .Select(f => new BulkExportOutput(f.Type, $"{root}{StatusPath}/{id}/files/{f.Id}", f.Count)).ToListAsync(ct);
        var transactionTime = DateTime.SpecifyKind(export.TransactionTime ?? completed, DateTimeKind.Utc);
        return TypedResults.Json(new BulkExportManifest(transactionTime.ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture), export.Request, true, files, []));
    }

    private static async Task<IResult> CancelAsync(Guid id, BackPlanDb db, CurrentUser user, CancellationToken ct)
    {
        if (await MineAsync(db, user, id, ct) is null)
        {
            return NotFound(id);
        }

        // Its files go with it (cascade); a run in progress loses its lease row and stops.
        await db.Set<BulkExport>().Where(e => e.Id == id).ExecuteDeleteAsync(ct);
        return FhirResults.Resource(Information($"Export {id} is cancelled and its files deleted."), StatusCodes.Status202Accepted);
    }

    private static async Task<IResult> DownloadAsync(Guid id, Guid file, BackPlanDb db, CurrentUser user, AuditLog audit, CancellationToken ct)
    {
        if (await MineAsync(db, user, id, ct) is not { CompletedAt: not null, Error: null }
            || await db.Set<BulkExportFile>().AsNoTracking().FirstOrDefaultAsync(f => f.Id == file && f.ExportId == id, ct) is not { } found)
        {
            return FhirResults.Outcome(StatusCodes.Status404NotFound, IssueType.NotFound, $"File {file} of export {id} is not known, or not yours to download.");
        }

        await audit.RecordAsync($"{BulkExportRunner.AuditAction}.download", null, $"export {id}: file {found.Sequence}, {found.Count} {found.Type}", ct);
        return TypedResults.Text(found.Content, FhirJson.NdjsonMediaType);
    }

    private static Task<BulkExport?> MineAsync(BackPlanDb db, CurrentUser user, Guid id, CancellationToken ct) =>
        db.Set<BulkExport>().AsNoTracking().FirstOrDefaultAsync(e => e.Id == id && e.RequestedBy == user.UserId, ct);

    private static IResult NotFound(Guid id) =>
        FhirResults.Outcome(StatusCodes.Status404NotFound, IssueType.NotFound, $"Export {id} is not known, was cancelled or has expired, or is not yours.");

    private static Hl7.Fhir.Model.OperationOutcome Information(string text) => new()
    {
        Issue = [new() { Severity = Hl7.Fhir.Model.OperationOutcome.IssueSeverity.Information, Code = IssueType.Informational, Diagnostics = text }],
    };

    /// <summary>A FHIR instant: date and time to the second (fractions allowed) and a zone (Z or ±hh:mm). A '+' arrives as a space when the client did not escape it.</summary>
    private static DateTimeOffset? ParseInstant(string value)
    {
        value = value.Replace(' ', '+');
        var zoned = value.EndsWith('Z') || (value.Length > 6 && value[^6] is '+' or '-' && value[^3] == ':');
        return zoned && value.Length > 19 && value[10] == 'T'
            && DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var instant) ? instant : null;
    }
}
