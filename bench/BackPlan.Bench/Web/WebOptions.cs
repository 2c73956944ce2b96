using System.Globalization;
using System.Net;
using Npgsql;

namespace BackPlan.Bench.Web;

internal sealed record WebOptions(
    string Provider, string ConnectionString, int Clinics, int PatientsPerClinic, int AuditEntries, int Runs, bool Reseed, bool Explain)
{
    public bool IsPostgres => Provider == "Postgres";

    public static WebOptions Parse(string[] args)
    {
        var provider = "Sqlite";
        string? connection = null;
        int clinics = 50, patients = 4000, audit = 1_000_000, runs = 200;
        bool reseed = false, explain = false;
        for (var i = 0; i < args.Length; i++)
        {
            string Next() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value");
            int Number() => int.Parse(Next(), CultureInfo.InvariantCulture);
            switch (args[i])
            {
                case "--provider":
                    provider = Next().ToLowerInvariant() switch
                    {
                        "sqlite" => "Sqlite",
                        "postgres" or "postgresql" => "Postgres",
                        var other => throw new ArgumentException($"unknown provider {other}"),
                    };
                    break;
                case "--connection": connection = Next(); break;
                case "--clinics": clinics = Number(); break;
                case "--patients": patients = Number(); break;
                case "--audit": audit = Number(); break;
                case "--runs": runs = Number(); break;
                case "--reseed": reseed = true; break;
                case "--explain": explain = true; break;
                default: throw new ArgumentException($"unknown option {args[i]}");
            }
        }

        if (clinics < 1 || patients < 2000 || audit < 0 || runs < 1)
        {
            throw new ArgumentException("--clinics ≥ 1, --patients ≥ 2000 (page 100 must exist), --audit ≥ 0, --runs ≥ 1");
        }

        var tag = $"c{clinics}-p{patients}-a{audit}";
        if (provider == "Postgres")
        {
            connection ??= Environment.GetEnvironmentVariable("BACKPLAN_BENCH_POSTGRES")
                ?? throw new ArgumentException("PostgreSQL needs --connection or BACKPLAN_BENCH_POSTGRES (bench/postgres.sh starts a throwaway cluster).");
            var csb = new NpgsqlConnectionStringBuilder(connection);
            // The benchmark talks to this machine only.
            if (!IsLoopback(csb.Host))
            {
                throw new ArgumentException($"PostgreSQL host must be 127.0.0.1, ::1 or localhost, not '{csb.Host}'.");
            }

            csb.Database = $"backplan_bench_{tag.Replace('-', '_')}";
            connection = csb.ConnectionString;
        }
        else
        {
            var directory = Path.Combine(Path.GetTempPath(), "backplan-bench");
            Directory.CreateDirectory(directory);
            connection ??= $"Data Source={Path.Combine(directory, $"network-{tag}.db")}";
        }

        return new WebOptions(provider, connection, clinics, patients, audit, runs, reseed, explain);
    }

    private static bool IsLoopback(string? host) =>
        host is "localhost" || (IPAddress.TryParse(host, out var address) && IPAddress.IsLoopback(address));
}
