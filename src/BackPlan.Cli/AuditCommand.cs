using System.CommandLine;
using System.Globalization;
using BackPlan.Web.Data;
using BackPlan.Web.Platform;
using BackPlan.Web.Platform.Auditing;
using Microsoft.Extensions.DependencyInjection;

namespace BackPlan.Cli;

/// <summary>
/// <c>backplan audit verify [--clinic ID] [--provider …] [--connection …]</c>: walks every clinic's
/// audit chain (decision 0031) and reports the first broken link. Exit code 0 when every chain holds,
/// 2 when one is broken, 1 when the command could not run.
/// </summary>
internal static class AuditCommand
{
    public const int Broken = 2;

    public static Command Create()
    {
        var clinic = new Option<Guid?>("--clinic") { Description = "Only this clinic (its id); every clinic when left out." };
        var database = new DatabaseOptions();
        var verify = new Command("verify", "Check that no audit entry was changed, removed or slipped in: reports each clinic's first broken link and its chain's last hash.") { clinic };
        database.AddTo(verify);
        verify.SetAction(async (parse, ct) =>
        {
            await using var app = database.Build(parse, parse.InvocationConfiguration.Error);
            if (app is null)
            {
                return 1;
            }

            await DatabaseSetup.MigrateAsync(app.Services);
            await using var scope = app.Services.CreateAsyncScope();
            var reports = await AuditChainVerifier.VerifyAsync(scope.ServiceProvider.GetRequiredService<BackPlanDb>(), parse.GetValue(clinic), ct);
            if (reports.Count == 0)
            {
                parse.InvocationConfiguration.Error.WriteLine(parse.GetValue(clinic) is { } id ? $"No clinic with id {id}." : "The database holds no clinic.");
                return 1;
            }

            var output = parse.InvocationConfiguration.Output;
            foreach (var report in reports)
            {
                output.WriteLine(Describe(report));
            }

            var broken = reports.Count(r => r.Break is not null);
            output.WriteLine(broken == 0 ? $"All {reports.Count} audit chains are intact." : $"{broken} of {reports.Count} audit chains are broken.");
            return broken == 0 ? 0 : Broken;
        });
        return new Command("audit", "The tamper-evident audit log.") { verify };
    }

    private static string Describe(AuditChainReport report)
    {
        var older = report.BeforeTheChain > 0 ? $" {report.BeforeTheChain} older entries from before the chain are not covered." : "";
        if (report.Break is not { } broken)
        {
            return $"Clinic {report.ClinicId}: intact, {report.Verified} entries; last hash {report.HeadHash ?? "(none)"}.{older}";
        }

        var where = broken.EntryId is { } id
            ? $" (entry id {id}, written {broken.At?.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture)} UTC)"
            : "";
        var at = broken.Sequence > 0 ? $"at entry {broken.Sequence}" : "outside the chain";
        return $"Clinic {report.ClinicId}: BROKEN {at}{where}: {broken.Reason}. The {report.Verified} entries before it hold.{older}";
    }
}
