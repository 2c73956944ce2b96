using BackPlan.Web.Features.Episodes;
using BackPlan.Web.Features.Patients;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace BackPlan.Web.Features.Outcomes;

/// <summary>
/// Adds an <see cref="OutcomeAggregateChange"/> to any save that writes or deletes outcome records,
/// for the start month before and after the change; deleting an episode or a patient (whose
/// records go with them by cascade, unseen by EF) marks their month, or every month.
/// </summary>
public sealed class OutcomeAggregateMarking : SaveChangesInterceptor
{
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Mark(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Mark(eventData.Context);
        return ValueTask.FromResult(result);
    }

    private static void Mark(DbContext? context)
    {
        if (context is null)
        {
            return;
        }

        var months = new HashSet<(Guid Clinic, DateOnly? Month)>();
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
                    months.Add((patient.ClinicId, null));
                    break;
            }
        }

        foreach (var (clinic, month) in months)
        {
            context.Add(new OutcomeAggregateChange { ClinicId = clinic, Month = month });
        }
    }
}
