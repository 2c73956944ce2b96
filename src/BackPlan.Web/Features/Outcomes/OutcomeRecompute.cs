using BackPlan.Clinical.Outcomes;
using BackPlan.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace BackPlan.Web.Features.Outcomes;

/// <summary>
/// Rebuilds every outcome record of the caller's clinic (the query filter scopes it), batch by
/// batch: only the episode ids are read at once, each batch's rows are saved and then forgotten,
/// so a clinic of a million episodes never sits in memory. Then every month of the clinic's aggregates is
/// marked for rebuilding, which <see cref="OutcomeAggregateRebuilder"/> does in the background.
/// </summary>
public static class OutcomeRecompute
{
    public const int BatchSize = 500;

    public static async Task<int> AllAsync(BackPlanDb db, FollowUpWindow window, DateTime now, int batchSize = BatchSize, CancellationToken ct = default)
    {
        var ids = await db.Episodes.AsNoTracking().OrderBy(e => e.Id).Select(e => e.Id).ToListAsync(ct);
        foreach (var batch in ids.Chunk(batchSize))
        {
            await OutcomeRecorder.RefreshAsync(db, batch, [], window, now, ct);
            db.ChangeTracker.Clear();
        }

        await OutcomeAggregates.MarkAllAsync(db, db.CurrentClinicId ?? throw new InvalidOperationException("Recompute runs for a clinic."), ct);
        return ids.Count;
    }
}
