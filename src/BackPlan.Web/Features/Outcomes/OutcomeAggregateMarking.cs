using BackPlan.Web.Features.Episodes;
using BackPlan.Web.Features.Patients;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace BackPlan.Web.Features.Outcomes;

/// <summary>
/// Adds an <see cref="OutcomeAggregateChange"/> to any save that writes or deletes outcome records,
/// for the start month before and after the change. Deleting an episode or a patient takes their
/// records with it by cascade, unseen by EF, so their episodes' months are marked too.
/// </summary>
public sealed class OutcomeAggregateMarking : SaveChangesInterceptor
{
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        if (eventData.Context is { } context)
        {
            var (months, patients) = Collect(context);
            if (patients.Count > 0)
            {
                months.UnionWith(EpisodeStarts(context, patients).ToList().Select(Month));
            }

            Add(context, months);
        }

        return result;
    }

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } context)
        {
            var (months, patients) = Collect(context);
            if (patients.Count > 0)
            {
                months.UnionWith((await EpisodeStarts(context, patients).ToListAsync(cancellationToken)).Select(Month));
            }

            Add(context, months);
        }

        return result;
    }

    private static (HashSet<(Guid Clinic, DateOnly Month)> Months, List<Guid> DeletedPatients) Collect(DbContext context)
    {
        var months = new HashSet<(Guid, DateOnly)>();
        var patients = new List<Guid>();
        foreach (var entry in context.ChangeTracker.Entries())
        {
            switch (entry.Entity)
            {
                case EpisodeOutcomeRecord record when entry.State is EntityState.Added or EntityState.Modified or EntityState.Deleted:
                    months.Add((record.ClinicId, OutcomeAggregateChange.MonthOf(record.StartedOn)));
                    if (entry.State == EntityState.Modified)
                    {
                        months.Add((record.ClinicId, OutcomeAggregateChange.MonthOf((DateOnly)entry.Property(nameof(EpisodeOutcomeRecord.StartedOn)).OriginalValue!)));
                    }

                    break;
                case Episode episode when entry.State == EntityState.Deleted:
                    months.Add((episode.ClinicId, OutcomeAggregateChange.MonthOf(episode.StartedOn)));
                    break;
                case Patient patient when entry.State == EntityState.Deleted:
                    patients.Add(patient.Id);
                    break;
            }
        }

        return (months, patients);
    }

    // Read before the delete runs, so the records are still there (a patient has a few).
    private static IQueryable<EpisodeOutcomeRecord> EpisodeStarts(DbContext context, List<Guid> patients) =>
        context.Set<EpisodeOutcomeRecord>().AsNoTracking().Where(r => patients.Contains(r.PatientId));

    private static (Guid, DateOnly) Month(EpisodeOutcomeRecord record) => (record.ClinicId, OutcomeAggregateChange.MonthOf(record.StartedOn));

    private static void Add(DbContext context, HashSet<(Guid Clinic, DateOnly Month)> months)
    {
        foreach (var (clinic, month) in months)
        {
            context.Add(new OutcomeAggregateChange { ClinicId = clinic, Month = month });
        }
    }
}
