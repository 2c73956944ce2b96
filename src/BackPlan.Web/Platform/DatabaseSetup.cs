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
        // Contexts come from a pool (creating one per request cost a fifth of a patient read's CPU:
        // docs/performance.md), so every interceptor is shared and keeps per-context state on the context.
        builder.Services.AddSingleton<Auditing.AuditInterceptor>();
        builder.Services.AddSingleton<Features.Appointments.ClinicDefaultsInterceptor>();
        builder.Services.AddSingleton<Features.Outcomes.OutcomeRefreshInterceptor>();
        builder.Services.AddSingleton<Features.Outcomes.OutcomeAggregateMarking>();
        builder.Services.AddSingleton<Features.PublicSite.PublicSiteEviction>();
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
            // SQLite also waits for locks in its own busy handler.
            AddPooled<SqliteBackPlanDb>(builder.Services, (sp, o) => o
                .UseSqlite(connection)
                .AddInterceptors(SqliteBusyTimeout.Instance)
                .AddInterceptors(Interceptors(sp)));
        }
        else if (string.Equals(provider, Postgres, StringComparison.OrdinalIgnoreCase))
        {
            AddPooled<PostgresBackPlanDb>(builder.Services, (sp, o) => o
                .UseNpgsql(connection)
                .AddInterceptors(Interceptors(sp)));
        }
        else
        {
            throw new InvalidOperationException($"Database:Provider must be {Sqlite} or {Postgres}, not '{provider}'.");
        }
    }

    /// <summary>A request (or any scope) leases a pooled context for its caller and returns it when the scope ends.</summary>
    private static void AddPooled<TContext>(IServiceCollection services, Action<IServiceProvider, DbContextOptionsBuilder> configure)
        where TContext : BackPlanDb
    {
        services.AddPooledDbContextFactory<TContext>(configure);
        services.AddScoped<BackPlanDb>(sp => sp.GetRequiredService<IDbContextFactory<TContext>>().CreateDbContext()
            .For(sp.GetRequiredService<Tenancy.CurrentUser>()));
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
