using BackPlan.Web.Data;
using BackPlan.Web.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Storage;

namespace BackPlan.Web.Platform.Auditing;

/// <summary>
/// Every added, changed or deleted patient-owned row (or <see cref="IPersonalRecord"/>) writes an audit entry in the same
/// transaction, so no feature can change patient data without a trace. Also stamps the
/// signed-in user's clinic on new clinic-owned rows and refuses rows of another clinic. New audit
/// entries are linked into their clinic's chain (<see cref="AuditChain"/>) inside the save's
/// transaction; audit entries are never changed or deleted.
/// </summary>
public sealed class AuditInterceptor(TimeProvider time) : SaveChangesInterceptor
{
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Stamp(eventData.Context);
        if (Added(eventData.Context).Count > 0)
        {
            // Linking reads the chain's head inside a transaction; the app saves asynchronously everywhere.
            throw new InvalidOperationException("Audit entries are saved with SaveChangesAsync.");
        }

        return result;
    }

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Stamp(eventData.Context);
        if (eventData.Context is BackPlanDb db && Added(db) is { Count: > 0 } added)
        {
            // The chain's head is read and extended in one transaction: the save's own, begun here
            // when the caller has none, and committed once the save is done.
            if (db.Database.CurrentTransaction is null)
            {
                db.SaveState<ChainTransaction>().Owned = await db.Database.BeginTransactionAsync(cancellationToken);
            }

            try
            {
                await AuditChain.LinkAsync(db, added, cancellationToken);
            }
            catch
            {
                await EndAsync(db, commit: false, CancellationToken.None);
                throw;
            }
        }

        return result;
    }

    public override async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        await EndAsync(eventData.Context, commit: true, cancellationToken);
        return result;
    }

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default) =>
        EndAsync(eventData.Context, commit: false, CancellationToken.None);

    public override Task SaveChangesCanceledAsync(DbContextEventData eventData, CancellationToken cancellationToken = default) =>
        EndAsync(eventData.Context, commit: false, CancellationToken.None);

    private static List<AuditEntry> Added(DbContext? context) =>
        context?.ChangeTracker.Entries<AuditEntry>().Where(e => e.State == EntityState.Added).Select(e => e.Entity).ToList() ?? [];

    private static async Task EndAsync(DbContext? context, bool commit, CancellationToken ct)
    {
        if (context is not BackPlanDb db || db.SaveState<ChainTransaction>() is not { Owned: { } owned } state)
        {
            return;
        }

        state.Owned = null;
        await using (owned)
        {
            if (commit)
            {
                await owned.CommitAsync(ct);
            }
            else
            {
                await owned.RollbackAsync(ct);
            }
        }
    }

    private void Stamp(DbContext? context)
    {
        // One instance serves every (pooled) context: whom the save is for comes from the context.
        if (context is not BackPlanDb { Caller: var user })
        {
            return;
        }

        var now = time.GetUtcNow().UtcDateTime;
        var entries = new List<AuditEntry>();
        if (context.ChangeTracker.Entries<AuditEntry>().Any(e => e.State is EntityState.Modified or EntityState.Deleted))
        {
            throw new InvalidOperationException("Audit entries cannot be changed or deleted.");
        }

        foreach (var entry in context.ChangeTracker.Entries<IClinicOwned>().ToList())
        {
            if (entry.State == EntityState.Added && entry.Entity.ClinicId == Guid.Empty && user?.ClinicId is { } clinic)
            {
                entry.Entity.ClinicId = clinic;
            }

            if (entry.State is EntityState.Added or EntityState.Modified or EntityState.Deleted
                && user?.ClinicId is { } current && entry.Entity.ClinicId != current)
            {
                throw new InvalidOperationException("A record of another clinic cannot be written.");
            }

            if (entry.Entity is IPatientOwned or IPersonalRecord && entry.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
            {
                var action = $"{entry.Metadata.ClrType.Name}.{entry.State.ToString().ToLowerInvariant()}";
                var changed = entry.State == EntityState.Modified
                    ? string.Join(", ", entry.Properties.Where(p => p.IsModified).Select(p => p.Metadata.Name))
                    : null;
                var (patientId, detail) = entry.Entity switch
                {
                    IPatientOwned owned => (owned.OwnerPatientId, changed),
                    // No patient yet: the record's id says which one was changed.
                    IPersonalRecord record => (record.PatientId, changed is null ? $"id {record.Id}" : $"id {record.Id}; {changed}"),
                    _ => (null as Guid?, changed),
                };
                entries.Add(AuditLog.Entry(user, entry.Entity.ClinicId, action, patientId, detail, now));
            }
        }

        context.Set<AuditEntry>().AddRange(entries);
    }

    /// <summary>The transaction a save began for its chain links, until the save ends.</summary>
    private sealed class ChainTransaction
    {
        public IDbContextTransaction? Owned { get; set; }
    }
}
