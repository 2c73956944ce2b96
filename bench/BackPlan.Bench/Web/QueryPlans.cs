using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace BackPlan.Bench.Web;

/// <summary>For each scenario: the SQL EF Core sent (with its time) and the database's plan for it.</summary>
internal static class QueryPlans
{
    public static async Task PrintAsync(WebOptions options, IReadOnlyList<Scenario> scenarios)
    {
        foreach (var scenario in scenarios)
        {
            await scenario.SendAsync(0); // compiled and cached before we look
            SqlCapture.Instance.Enabled = true;
            await scenario.SendAsync(1);
            SqlCapture.Instance.Enabled = false;
            Console.WriteLine();
            Console.WriteLine($"=== {scenario.Name}: GET {scenario.Url(1)}");
            foreach (var command in SqlCapture.Instance.Drain())
            {
                Console.WriteLine($"--- {command.Duration.TotalMilliseconds:F2} ms");
                Console.WriteLine(command.Sql.Trim());
                var isRead = command.Sql.TrimStart().StartsWith("SELECT", StringComparison.OrdinalIgnoreCase);
                if (!isRead)
                {
                    continue;
                }

                Console.WriteLine("--- plan");
                foreach (var line in await ExplainAsync(options, command))
                {
                    Console.WriteLine("    " + line);
                }
            }
        }
    }

    private static async Task<List<string>> ExplainAsync(WebOptions options, CapturedCommand command)
    {
        await using DbConnection connection = options.IsPostgres
            ? new NpgsqlConnection(options.ConnectionString)
            : new SqliteConnection(options.ConnectionString);
        await connection.OpenAsync();
        await using var explain = connection.CreateCommand();
        explain.CommandText = (options.IsPostgres ? "EXPLAIN (ANALYZE, BUFFERS) " : "EXPLAIN QUERY PLAN ") + command.Sql;
        foreach (var p in command.Parameters)
        {
            var parameter = explain.CreateParameter();
            parameter.ParameterName = p.Name;
            parameter.Value = p.Value ?? DBNull.Value;
            parameter.DbType = p.DbType;
            explain.Parameters.Add(parameter);
        }

        var lines = new List<string>();
        await using var reader = await explain.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            // SQLite: id, parent, notused, detail; PostgreSQL: one text column.
            lines.Add(options.IsPostgres ? reader.GetString(0) : $"{reader.GetInt32(0),3} {reader.GetInt32(1),3}  {reader.GetString(3)}");
        }

        return lines;
    }
}
