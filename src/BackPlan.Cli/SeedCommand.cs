using System.CommandLine;
using System.Globalization;
using BackPlan.Web.Features.Outcomes;
using BackPlan.Web.Platform;

namespace BackPlan.Cli;

/// <summary>
/// <c>backplan seed --episodes N [--provider sqlite|postgres] [--connection ...] [--seed S]</c>:
/// migrates the database, then adds one clinic with N generated episodes and their outcome records
/// (<see cref="OutcomeBulkSeed"/>, the same generator as the benchmark). For load tests, never a real clinic's database.
/// </summary>
internal static class SeedCommand
{
    public const int MaxEpisodes = 10_000_000;

    public static Command Create()
    {
        var episodes = new Option<int>("--episodes") { Description = $"Episodes to generate, 1 to {MaxEpisodes:N0}.", Required = true };
        episodes.Validators.Add(result =>
        {
            // A value that is not a number already fails parsing with the option's name; only range here.
            if (result.Tokens is [var token] && int.TryParse(token.Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) && n is < 1 or > MaxEpisodes)
            {
                result.AddError($"--episodes must be between 1 and {MaxEpisodes}.");
            }
        });
        var seed = new Option<int>("--seed") { Description = "Random seed: the same seed gives the same data.", DefaultValueFactory = _ => 20261126 };
        var database = new DatabaseOptions();
        var command = new Command("seed", "Add a clinic with N generated episodes and outcome records (load tests and benchmarks).") { episodes, seed };
        database.AddTo(command);
        command.SetAction(async (parse, ct) =>
        {
            await using var app = database.Build(parse, parse.InvocationConfiguration.Error);
            if (app is null)
            {
                return 1;
            }

            var n = parse.GetValue(episodes);
            await DatabaseSetup.MigrateAsync(app.Services);
            var clinic = await OutcomeBulkSeed.SeedClinicAsync(app.Services, n, parse.GetValue(seed), ct);
            parse.InvocationConfiguration.Output.WriteLine($"Seeded clinic {clinic} with {n} episodes.");
            return 0;
        });
        return command;
    }
}
