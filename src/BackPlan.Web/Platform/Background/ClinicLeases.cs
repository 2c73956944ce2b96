using BackPlan.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace BackPlan.Web.Platform.Background;

/// <summary>Takes and gives back the <see cref="WorkLease"/> of a scan on a clinic: one statement each, the same on both databases.</summary>
public static class ClinicLeases
{
    /// <summary>
    /// Takes the lease when it is free (never taken, given back, or expired because its instance died)
    /// and no run of the scan on the clinic began after <paramref name="passStart"/> (that run already
    /// saw everything this pass would). True when taken. An insert for a clinic never leased, else an
    /// update that only happens when the lease is free: on PostgreSQL a second instance's statement on
    /// the same row waits for the first to commit and then finds it taken; SQLite has one writer at a time.
    /// </summary>
    public static async Task<bool> TryTakeAsync(BackPlanDb db, string task, Guid clinicId, string owner, DateTime now, TimeSpan duration, DateTime passStart, CancellationToken ct)
    {
        var until = now + duration;
        var taken = await db.Database.ExecuteSqlAsync($"""
            INSERT INTO "WorkLeases" ("Task", "ClinicId", "LeasedUntil", "LeasedBy", "LastRunAt")
            VALUES ({task}, {clinicId}, {until}, {owner}, {now})
            ON CONFLICT ("Task", "ClinicId") DO UPDATE
            SET "LeasedUntil" = excluded."LeasedUntil", "LeasedBy" = excluded."LeasedBy", "LastRunAt" = excluded."LastRunAt"
            WHERE ("WorkLeases"."LeasedUntil" IS NULL OR "WorkLeases"."LeasedUntil" <= {now})
                AND ("WorkLeases"."LastRunAt" IS NULL OR "WorkLeases"."LastRunAt" <= {passStart})
            """, ct);
        return taken == 1;
    }

    /// <summary>Gives the lease back, if this instance still holds it.</summary>
    public static Task ReleaseAsync(BackPlanDb db, string task, Guid clinicId, string owner) =>
        db.Set<WorkLease>().Where(l => l.Task == task && l.ClinicId == clinicId && l.LeasedBy == owner)
            .ExecuteUpdateAsync(s => s.SetProperty(l => l.LeasedUntil, (DateTime?)null).SetProperty(l => l.LeasedBy, (string?)null), CancellationToken.None);
}
