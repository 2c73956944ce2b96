using BackPlan.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace BackPlan.Web.Features.Outcomes;

/// <summary>
/// Brings the caller's clinic's <see cref="OutcomeAggregate"/> rows up to date: every month named by
/// an <see cref="OutcomeAggregateChange"/> is grouped again from its records, in one transaction.
/// The dashboard calls it before reading, so its figures are never older than the records.
/// </summary>
public static class OutcomeAggregates
{
    public static async Task RefreshAsync(BackPlanDb db, DateTime now, CancellationToken ct = default)
    {
        var changes = db.Set<OutcomeAggregateChange>();
        var clinicId = await changes.Select(c => (Guid?)c.ClinicId).FirstOrDefaultAsync(ct);
        if (clinicId is null)
        {
            return;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        // Writing the clinic's row first makes two rebuilds of one clinic take turns (a row lock on
        // PostgreSQL, the write lock on SQLite): the second then finds the changes already done
        // instead of adding the same month's rows a second time.
        await db.Clinics.Where(c => c.Id == clinicId).ExecuteUpdateAsync(s => s.SetProperty(c => c.OutcomeAggregatesAt, now), ct);
        var pending = await changes.AsNoTracking().Select(c => new { c.Id, c.Month }).ToListAsync(ct);
        if (pending.Count > 0)
        {
            var aggregates = db.Set<OutcomeAggregate>();
            var records = db.Set<EpisodeOutcomeRecord>().AsNoTracking();
            // Due and PainDue depend on the reading day and are not stored; any day serves here.
            var today = DateOnly.FromDateTime(now);
            if (pending.Any(c => c.Month is null))
            {
                await aggregates.ExecuteDeleteAsync(ct);
                await InsertAsync(db, await OutcomeGroups.Of(records, today).ToListAsync(ct));
            }
            else
            {
                foreach (var month in pending.Select(c => c.Month!.Value).Distinct())
                {
                    var next = month.AddMonths(1);
                    await aggregates.Where(a => a.Month == month).ExecuteDeleteAsync(ct);
                    await InsertAsync(db, await OutcomeGroups.Of(records.Where(r => r.StartedOn >= month && r.StartedOn < next), today).ToListAsync(ct));
                }
            }

            foreach (var batch in pending.Select(c => c.Id).Chunk(1000))
            {
                await changes.Where(c => batch.Contains(c.Id)).ExecuteDeleteAsync(ct);
            }
        }

        await transaction.CommitAsync(ct);
    }

    /// <summary>Marks every month of the caller's clinic for rebuilding (after rows were written around EF, as the bulk seed does).</summary>
    public static async Task MarkAllAsync(BackPlanDb db, Guid clinicId, CancellationToken ct = default)
    {
        db.Add(new OutcomeAggregateChange { ClinicId = clinicId });
        await db.SaveChangesAsync(ct);
    }

    // Binary COPY on PostgreSQL, one prepared INSERT on SQLite, in the rebuild's transaction: a
    // month of a large network is a thousand rows, too many for EF's change tracking on every view.
    private static Task InsertAsync(BackPlanDb db, List<OutcomeAggregate> rows) =>
        rows.Count == 0 ? Task.CompletedTask : ModelBulkInsert.InsertAsync(db, rows);
}
