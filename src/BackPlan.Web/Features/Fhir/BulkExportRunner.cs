using System.Text;
using BackPlan.Web.Data;
using BackPlan.Web.Platform.Auditing;
using BackPlan.Web.Platform.Background;
using BackPlan.Web.Platform.Telemetry;
using BackPlan.Web.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace BackPlan.Web.Features.Fhir;

/// <summary>
/// Runs waiting bulk exports in the background (decision 0038), each on one instance: a job is claimed
/// with a row lease in one statement (the outbox's way, decision 0034), renewed as it goes, and given up
/// when the lease is lost (the client cancelled, or the instance was too slow and another took over). A
/// job whose instance died is taken again once its lease runs out and starts over. The files go into the
/// database, so any instance serves them. Finished exports are deleted after <see cref="BulkExportOptions.Retention"/>.
/// </summary>
public sealed class BulkExportRunner(IServiceScopeFactory scopes, IOptions<BulkExportOptions> options, IOptions<LeaseOptions> leases,
    TimeProvider time, AppMetrics metrics, ILogger<BulkExportRunner> log) : BackgroundService
{
    public const string Job = "fhir-bulk-export";

    public const string AuditAction = "fhir.bulk-export";

    private const int PageSize = 1000;

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Periodic.RunAsync(metrics, Job, options.Value.PollInterval, time, log, waitFirst: true, RunDueAsync, stoppingToken);

    /// <summary>Runs every waiting export this instance can claim, one after another; returns how many it finished.</summary>
    public async Task<int> RunDueAsync(CancellationToken ct)
    {
        await using (var scope = scopes.CreateAsyncScope())
        {
            var cutoff = time.GetUtcNow().UtcDateTime - options.Value.Retention;
            await scope.ServiceProvider.GetRequiredService<BackPlanDb>().Set<BulkExport>().IgnoreQueryFilters()
                .Where(e => e.CompletedAt < cutoff).ExecuteDeleteAsync(ct);
        }

        var finished = 0;
        while (!ct.IsCancellationRequested && await ClaimNextAsync(ct) is { } id)
        {
            finished += await RunAsync(id, ct) ? 1 : 0;
        }

        return finished;
    }

    /// <summary>
    /// Claims the oldest waiting export for <paramref name="owner"/>: unfinished, and not leased or its
    /// lease run out. One statement; on PostgreSQL a row another instance is claiming is skipped, not
    /// waited for; SQLite has one writer at a time, so the update is the claim.
    /// </summary>
    internal static async Task<Guid?> ClaimAsync(BackPlanDb db, string owner, DateTime now, TimeSpan lease, CancellationToken ct)
    {
        var ids = await db.Database.SqlQueryRaw<Guid>(ClaimSql(db is PostgresBackPlanDb), now + lease, owner, now).ToListAsync(ct);
        return ids.Count == 0 ? null : ids[0];
    }

    /// <summary>The claim: {0} leased until, {1} owner, {2} now. The runner reads past the tenant filter.</summary>
    private static string ClaimSql(bool postgres) => $$"""
        UPDATE "FhirExports" SET "LeasedUntil" = {0}, "LeasedBy" = {1}
        WHERE "Id" IN (
            SELECT "Id" FROM "FhirExports"
            WHERE "CompletedAt" IS NULL AND ("LeasedUntil" IS NULL OR "LeasedUntil" <= {2})
            ORDER BY "CreatedAt"
            LIMIT 1
            {{(postgres ? "FOR UPDATE SKIP LOCKED" : "")}})
        RETURNING "Id" AS "Value"
        """;

    /// <summary>The patients of a group (decision 0038): the clinic's id stands for all its patients, a practitioner's for those they have seen or will see.</summary>
    public static IQueryable<Guid> GroupPatients(BackPlanDb db, Guid group, Guid clinicId) =>
        group == clinicId ? db.Patients.Select(p => p.Id) : db.Appointments.Where(a => a.PractitionerId == group).Select(a => a.PatientId).Distinct();

    private async Task<Guid?> ClaimNextAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await ClaimAsync(scope.ServiceProvider.GetRequiredService<BackPlanDb>(), ThisInstance.Id, time.GetUtcNow().UtcDateTime, leases.Value.Duration, ct);
    }

    /// <summary>Runs one claimed export; true when it finished (done or failed), false when it was cancelled, taken over or stopped.</summary>
    private async Task<bool> RunAsync(Guid id, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BackPlanDb>();
        if (await db.Set<BulkExport>().IgnoreQueryFilters().AsNoTracking().FirstOrDefaultAsync(e => e.Id == id, ct) is not { } export)
        {
            return false;
        }

        scope.ServiceProvider.GetRequiredService<CurrentUser>().ActForClinic(export.ClinicId);
        try
        {
            return await WriteAsync(db, export, ct);
        }
        catch (OperationCanceledException)
        {
            // Shutting down: another instance (or this one, restarted) takes it at once.
            await Held(db, id).ExecuteUpdateAsync(s => s.SetProperty(e => e.LeasedUntil, (DateTime?)null).SetProperty(e => e.LeasedBy, (string?)null), CancellationToken.None);
            throw;
        }
        catch (Exception e)
        {
            log.LogError(e, "Bulk export {ExportId} failed", id);
            return await Held(db, id).ExecuteUpdateAsync(s => s
                .SetProperty(x => x.CompletedAt, time.GetUtcNow().UtcDateTime)
                .SetProperty(x => x.Error, "The export failed on the server; ask for it again, and tell the clinic's admin if it fails again.")
                .SetProperty(x => x.LeasedUntil, (DateTime?)null)
                .SetProperty(x => x.LeasedBy, (string?)null), CancellationToken.None) == 1;
        }
    }

    private async Task<bool> WriteAsync(BackPlanDb db, BulkExport export, CancellationToken ct)
    {
        // A run taken over from an instance that died starts again from nothing.
        await db.Set<BulkExportFile>().Where(f => f.ExportId == export.Id).ExecuteDeleteAsync(ct);
        var transactionTime = time.GetUtcNow().UtcDateTime;
        var patients = export.GroupId is { } group ? GroupPatients(db, group, export.ClinicId) : null;
        var types = export.TypeList.Select(name => FhirTypes.All.Single(t => t.Name == name)).ToList();
        var sequence = 0;
        var total = 0;
        foreach (var (type, index) in types.Select((t, i) => (t, i)))
        {
            var lines = new StringBuilder();
            var inFile = 0;
            Task<bool> StillOursAsync() => RenewAsync(db, export.Id, $"{type.Name}: type {index + 1} of {types.Count}, {total} resources so far", transactionTime, ct);
            if (!await StillOursAsync())
            {
                return false;
            }

            await foreach (var page in type.ExportAsync(db, patients, export.Since, PageSize, ct))
            {
                foreach (var resource in page)
                {
                    lines.Append(FhirJson.SerializeLine(resource)).Append('\n');
                    total++;
                    if (++inFile == options.Value.FileSize)
                    {
                        await SaveFileAsync(db, export, type.Name, ++sequence, inFile, lines, ct);
                        inFile = 0;
                    }
                }

                // Still ours after each page: a cancelled or taken-over run stops here.
                if (!await StillOursAsync())
                {
                    return false;
                }
            }

            if (inFile > 0)
            {
                await SaveFileAsync(db, export, type.Name, ++sequence, inFile, lines, ct);
            }
        }

        return await CompleteAsync(db, export, patients, total, ct);
    }

    private static async Task SaveFileAsync(BackPlanDb db, BulkExport export, string type, int sequence, int count, StringBuilder lines, CancellationToken ct)
    {
        db.Add(new BulkExportFile { ExportId = export.Id, Type = type, Sequence = sequence, Count = count, Content = lines.ToString() });
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
        lines.Clear();
    }

    /// <summary>
    /// Marks it done and writes its audit in one transaction: a group export names each patient it
    /// disclosed (so each patient's access log lists it), a whole-clinic export is one entry for the clinic.
    /// Either way every patient whose record went out gets a disclosure (decision 0041), in the name of the
    /// admin who asked, so each patient sees it in their list.
    /// </summary>
    private async Task<bool> CompleteAsync(BackPlanDb db, BulkExport export, IQueryable<Guid>? patients, int total, CancellationToken ct)
    {
        var now = time.GetUtcNow().UtcDateTime;
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var done = await Held(db, export.Id).ExecuteUpdateAsync(s => s
            .SetProperty(e => e.CompletedAt, now)
            .SetProperty(e => e.Progress, $"done: {total} resources")
            .SetProperty(e => e.LeasedUntil, (DateTime?)null)
            .SetProperty(e => e.LeasedBy, (string?)null), ct);
        if (done == 0)
        {
            return false;
        }

        var detail = $"export {export.Id}: {(export.GroupId is { } g ? $"Group/{g}" : "every patient of the clinic")}; {export.Types}; {total} resources";
        var group = patients is null ? null : await patients.ToListAsync(ct);
        IEnumerable<Guid?> named = group is null ? [null] : group.Select(p => (Guid?)p);
        db.AuditEntries.AddRange(named.Select(patient => new AuditEntry
        {
            ClinicId = export.ClinicId,
            At = now,
            UserId = export.RequestedBy,
            UserName = export.RequestedByName,
            Role = Roles.Admin,
            PatientId = patient,
            Action = AuditAction,
            Detail = detail,
        }));
        var disclosed = group ?? await db.Patients.IgnoreQueryFilters().Where(p => p.ClinicId == export.ClinicId).Select(p => p.Id).ToListAsync(ct);
        db.AddRange(Disclosures.Disclosures.Rows(disclosed, export.ClinicId, now, Disclosures.DisclosureKinds.FhirBulkExport,
            $"{export.RequestedByName}'s FHIR client (bulk export {export.Id})", export.Types, "FHIR bulk data export requested by the clinic",
            export.RequestedBy, export.RequestedByName, Roles.Admin));
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return true;
    }

    /// <summary>Renews this instance's lease and says how far it got; false when the lease is lost (cancelled or taken over).</summary>
    private async Task<bool> RenewAsync(BackPlanDb db, Guid id, string progress, DateTime transactionTime, CancellationToken ct) =>
        await Held(db, id).ExecuteUpdateAsync(s => s
            .SetProperty(e => e.LeasedUntil, time.GetUtcNow().UtcDateTime + leases.Value.Duration)
            .SetProperty(e => e.Progress, progress)
            .SetProperty(e => e.TransactionTime, transactionTime), ct) == 1;

    private static IQueryable<BulkExport> Held(BackPlanDb db, Guid id) =>
        db.Set<BulkExport>().IgnoreQueryFilters().Where(e => e.Id == id && e.LeasedBy == ThisInstance.Id && e.CompletedAt == null);
}
