using System.CommandLine;
using BackPlan.Web.Data;
using BackPlan.Web.Features.Outcomes;
using BackPlan.Web.Platform;
using BackPlan.Web.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace BackPlan.Cli;

/// <summary>
/// <c>backplan recompute [--clinic ID] [--provider …] [--connection …]</c>: rewrites every outcome
/// record of every clinic (or one) from its data and rebuilds the monthly aggregates, the same work
/// as the dashboard's "Recompute all", for an operator after a rule change or a restore.
/// </summary>
internal static class RecomputeCommand
{
    public static Command Create()
    {
        var clinic = new Option<Guid?>("--clinic") { Description = "Only this clinic (its id); every clinic when left out." };
        var database = new DatabaseOptions();
        var command = new Command("recompute", "Recompute the outcome records and monthly aggregates of every clinic, or of one.") { clinic };
        database.AddTo(command);
        command.SetAction(async (parse, ct) =>
        {
            await using var app = database.Build(parse, parse.InvocationConfiguration.Error);
            if (app is null)
            {
                return 1;
            }

            await DatabaseSetup.MigrateAsync(app.Services);
            List<Guid> clinics;
            await using (var scope = app.Services.CreateAsyncScope())
            {
                var all = scope.ServiceProvider.GetRequiredService<BackPlanDb>().Clinics.IgnoreQueryFilters().Select(c => c.Id);
                clinics = await (parse.GetValue(clinic) is { } only ? all.Where(id => id == only) : all).ToListAsync(ct);
            }

            if (clinics.Count == 0)
            {
                parse.InvocationConfiguration.Error.WriteLine($"No clinic with id {parse.GetValue(clinic)}.");
                return 1;
            }

            foreach (var id in clinics)
            {
                await using var scope = app.Services.CreateAsyncScope();
                scope.ServiceProvider.GetRequiredService<CurrentUser>().ActForClinic(id);
                var db = scope.ServiceProvider.GetRequiredService<BackPlanDb>();
                var now = scope.ServiceProvider.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
                var window = scope.ServiceProvider.GetRequiredService<IOptions<OutcomeOptions>>().Value.Window;
                var count = await OutcomeRecompute.AllAsync(db, window, now, ct: ct);
                await OutcomeAggregates.RefreshAsync(db, now, ct);
                parse.InvocationConfiguration.Output.WriteLine($"Clinic {id}: {count} episode records recomputed.");
            }

            return 0;
        });
        return command;
    }
}
