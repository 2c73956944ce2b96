using BackPlan.Web.Data;
using BackPlan.Web.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace BackPlan.Web.Platform.Auditing;

/// <summary>
/// Every added, changed or deleted patient-owned row (or <see cref="IPersonalRecord"/>) writes an audit entry in the same
/// transaction, so no feature can change patient data without a trace. Also stamps the
/// signed-in user's clinic on new clinic-owned rows and refuses rows of another clinic.
/// </summary>
public sealed class AuditInterceptor(TimeProvider time) : SaveChangesInterceptor
{
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Stamp(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Stamp(eventData.Context);
        return ValueTask.FromResult(result);
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
}
