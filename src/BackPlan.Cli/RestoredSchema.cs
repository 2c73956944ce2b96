using BackPlan.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BackPlan.Cli;

/// <summary>
/// After a restore: is the database at this BackPlan's migration? A restore leaves the backup as
/// it was made; an older one is migrated when the app next starts (or by <c>backplan migrate</c>),
/// one from a newer BackPlan cannot be run by this version.
/// </summary>
internal static class RestoredSchema
{
    /// <summary>Says where the restored database stands; false when this BackPlan cannot run it.</summary>
    public static async Task<bool> ReportAsync(IServiceProvider services, TextWriter output, TextWriter error, CancellationToken ct)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BackPlanDb>();
        var known = db.Database.GetMigrations().ToList();
        var applied = (await db.Database.GetAppliedMigrationsAsync(ct)).ToList();
        var unknown = applied.Except(known).ToList();
        if (unknown.Count > 0)
        {
            error.WriteLine($"The backup was made by a newer BackPlan: this version does not know its migration {string.Join(", ", unknown)}. Run the version that made it.");
            return false;
        }

        var pending = known.Except(applied).ToList();
        output.WriteLine(pending.Count == 0
            ? $"The restored database is at this BackPlan's current migration, {known[^1]}."
            : $"The restored database is {pending.Count} migration(s) behind this BackPlan (last applied: {applied.LastOrDefault() ?? "none"}); the app applies them when it next starts, or run 'backplan migrate'.");
        return true;
    }
}
