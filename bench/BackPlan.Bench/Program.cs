using BackPlan.Bench.Clinical;
using BackPlan.Bench.Web;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace BackPlan.Bench;

/// <summary>The benchmark commands (the web app's own Program is the one the in-process host starts).</summary>
internal static class BenchProgram
{
    private static async Task<int> Main(string[] args)
    {
        // dotnet run -c Release --project bench/BackPlan.Bench -- <clinical|web> [options]
        switch (args.FirstOrDefault())
        {
            case "clinical":
                {
                    // In-process: BenchmarkDotNet's generated projects would inherit the repository's
                    // warnings-as-errors build; in-process runs the same measurements without them.
                    var config = DefaultConfig.Instance
                        .AddJob(Job.Default.WithToolchain(InProcessEmitToolchain.Instance).AsDefault())
                        .WithArtifactsPath(Path.Combine(Path.GetTempPath(), "backplan-bench", "BenchmarkDotNet.Artifacts"));
                    string[] rest = args.Length > 1 ? args[1..] : ["--filter", "*"];
                    var summaries = BenchmarkSwitcher.FromTypes([typeof(ScoringBenchmarks), typeof(ScreeningBenchmarks), typeof(OutcomeBenchmarks)])
                        .Run(rest, config);
                    return summaries.Any(s => s.HasCriticalValidationErrors || s.Reports.Any(r => !r.Success)) ? 1 : 0;
                }

            case "web":
                return await WebBench.RunAsync(args[1..]);

            case "load":
                return await LoadBench.RunAsync(args[1..]);

            case "journeys":
                return await JourneyBench.RunAsync(args[1..]);

            case "fhir":
                return await FhirLoadBench.RunAsync(args[1..]);

            case "outcomes":
                return await OutcomeBench.RunAsync(args[1..]);

            default:
                Console.Error.WriteLine("""
                    usage: dotnet run -c Release --project bench/BackPlan.Bench -- <which> [options]
                      clinical [BenchmarkDotNet options]   scoring, screening and outcome statistics (default --filter *)
                      web [options]                        latency of the patient and audit pages on a large clinic network
                        --provider sqlite|postgres         (default sqlite)
                        --connection <string>              PostgreSQL on 127.0.0.1 (or BACKPLAN_BENCH_POSTGRES); SQLite file otherwise
                        --clinics 50 --patients 4000 --audit 1000000
                        --runs 200                         timed requests per scenario (after 20 warm-up requests)
                        --reseed                           rebuild the data even if it is already there
                        --explain                          print each scenario's SQL and query plan instead of timing it
                      load [options]                       wrk against the app on Kestrel beside plain Kestrel (run bench/load.sh)
                        --providers sqlite,postgres        --duration 10 --warmup 2 --threads 2 --connections 16
                        --clinics 25 --patients 4000 --audit 500000 --reseed   as for web
                      journeys [options]                   practitioners' days and portal patients at once against the app (run bench/journeys.sh)
                        --provider postgres|sqlite         --staff 200 --portal 200 --episodes 1000000 --observations 1000000
                        --duration 120 --warmup 60 --think 5 (seconds)   --clinics 25 --patients 4000 --audit 500000 --reseed
                      fhir [options]                       wrk against FHIR read, search and create beside plain Kestrel, PostgreSQL (run bench/fhir.sh)
                        --observations 1000000             and load's options (--duration 10 --warmup 30 --threads 2 --connections 16, data options)
                      outcomes [options]                   the outcomes dashboard query for one clinic of N episodes (fresh database each)
                        --episodes 10000,100000            sizes to time   --runs 20   --provider sqlite|postgres   --connection <string>
                    """);
                return 2;
        }
    }
}
