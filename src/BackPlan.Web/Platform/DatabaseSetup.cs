using BackPlan.Web.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace BackPlan.Web.Platform;

public static class DatabaseSetup
{
    public const string Sqlite = "Sqlite";
    public const string Postgres = "Postgres";

    /// <summary>Registers the context for the provider named by Database:Provider (Sqlite by default).</summary>
    public static void AddBackPlanDb(this WebApplicationBuilder builder)
    {
        var provider = builder.Configuration["Database:Provider"] ?? Sqlite;
        var connection = builder.Configuration.GetConnectionString("BackPlan")
            ?? (provider == Sqlite ? "Data Source=data/backplan.db" : throw new InvalidOperationException("Set ConnectionStrings__BackPlan for PostgreSQL."));
        builder.Services.AddScoped<Auditing.AuditInterceptor>();
        builder.Services.AddSingleton<Features.Appointments.ClinicDefaultsInterceptor>();
        builder.Services.AddScoped<Features.Outcomes.OutcomeRefreshInterceptor>();
        builder.Services.AddSingleton<Features.Outcomes.OutcomeAggregateMarking>();
        builder.Services.AddScoped<Features.PublicSite.PublicSiteEviction>();
        // Every context gets the same interceptors; SQLite also waits for locks in its busy handler.
        static IInterceptor[] Interceptors(IServiceProvider sp) =>
        [
            sp.GetRequiredService<Features.Appointments.ClinicDefaultsInterceptor>(),
            sp.GetRequiredService<Auditing.AuditInterceptor>(),
            sp.GetRequiredService<Features.Outcomes.OutcomeRefreshInterceptor>(),
            sp.GetRequiredService<Features.Outcomes.OutcomeAggregateMarking>(),
            sp.GetRequiredService<Features.PublicSite.PublicSiteEviction>(),
        ];
        if (string.Equals(provider, Sqlite, StringComparison.OrdinalIgnoreCase))
        {
            connection = SqliteFileUnderContentRoot(connection, builder.Environment.ContentRootPath);
            builder.Services.AddDbContext<BackPlanDb, SqliteBackPlanDb>((sp, o) => o
                .UseSqlite(connection)
                .AddInterceptors(SqliteBusyTimeout.Instance)
                .AddInterceptors(Interceptors(sp)));
        }
        else if (string.Equals(provider, Postgres, StringComparison.OrdinalIgnoreCase))
        {
            builder.Services.AddDbContext<BackPlanDb, PostgresBackPlanDb>((sp, o) => o
                .UseNpgsql(connection)
                .AddInterceptors(Interceptors(sp)));
        }
        else
        {
            throw new InvalidOperationException($"Database:Provider must be {Sqlite} or {Postgres}, not '{provider}'.");
        }
    }

    /// <summary>Applies the provider's migrations; on SQLite switches the file to WAL so readers never wait for a writer.</summary>
    public static async Task MigrateAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BackPlanDb>();
        await db.Database.MigrateAsync();
        if (db.Database.IsSqlite())
        {
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;");
        }
    }

    private static string SqliteFileUnderContentRoot(string connection, string contentRoot)
    {
        var csb = new SqliteConnectionStringBuilder(connection);
        if (csb.Mode != SqliteOpenMode.Memory && !string.IsNullOrEmpty(csb.DataSource) && csb.DataSource != ":memory:")
        {
            var path = Path.GetFullPath(csb.DataSource, contentRoot);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            csb.DataSource = path;
        }

        return csb.ToString();
    }
}
