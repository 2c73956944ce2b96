using BackPlan.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace BackPlan.Web.Features.Outcomes;

/// <summary>
/// Brings the caller's clinic's <see cref="OutcomeAggregate"/> rows up to date: every month named by
/// an <see cref="OutcomeAggregateChange"/> is grouped again from its records, in one transaction.
/// A dashboard view regroups the months changed since the last view before reading
/// (<see cref="RefreshChangedMonthsAsync"/>), so its figures are never older than the records; a
/// rebuild of every month (after a bulk load or "Recompute all") is left to the background
/// (<see cref="OutcomeAggregateRebuilder"/>), so no view waits for it.
/// </summary>
public static class OutcomeAggregates
{
    /// <summary>Regroups every month named by a change, and every month when one change names them all.</summary>
    public static Task RefreshAsync(BackPlanDb db, DateTime now, CancellationToken ct = default) =>
        RefreshAsync(db, now, everyMonth: true, ct);

    /// <summary>
    /// What a view runs before reading: regroups the changed months, unless every month is due for
    /// rebuilding; then it changes nothing (not even waiting for the rebuild's lock) and returns true:
    /// the rows are as they were before the bulk change, and the background is rebuilding them.
    /// </summary>
    public static async Task<bool> RefreshChangedMonthsAsync(BackPlanDb db, DateTime now, CancellationToken ct = default) =>
        await RebuildPendingAsync(db, ct) || await RefreshAsync(db, now, everyMonth: false, ct);

    /// <summary>Whether every month of the caller's clinic waits for a rebuild.</summary>
    public static Task<bool> RebuildPendingAsync(BackPlanDb db, CancellationToken ct = default) =>
        db.Set<OutcomeAggregateChange>().AnyAsync(c => c.Month == null, ct);

    /// <returns>True when every month is due and <paramref name="everyMonth"/> is false, so nothing was done.</returns>
    private static async Task<bool> RefreshAsync(BackPlanDb db, DateTime now, bool everyMonth, CancellationToken ct)
    {
        var changes = db.Set<OutcomeAggregateChange>();
        var clinicId = await changes.Select(c => (Guid?)c.ClinicId).FirstOrDefaultAsync(ct);
        if (clinicId is null)
        {
            return false;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        // Writing the clinic's row first makes two rebuilds of one clinic take turns (a row lock on
        // PostgreSQL, the write lock on SQLite): the second then finds the changes already done
        // instead of adding the same month's rows a second time.
        await db.Clinics.Where(c => c.Id == clinicId).ExecuteUpdateAsync(s => s.SetProperty(c => c.OutcomeAggregatesAt, now), ct);
        var pending = await changes.AsNoTracking().Select(c => new { c.Id, c.Month }).ToListAsync(ct);
        if (!everyMonth && pending.Any(c => c.Month is null))
        {
            return true; // marked while this view waited for the lock: the transaction is rolled back
        }

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
        return false;
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
