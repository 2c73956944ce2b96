using BackPlan.Web.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;

namespace BackPlan.Web.Platform;

public static class DatabaseSetup
{
    public const string Sqlite = "Sqlite";
    public const string Postgres = "Postgres";

    /// <summary>The setting that names the provider (Database__Provider as an environment variable).</summary>
    public const string ProviderSetting = "Database:Provider";

    /// <summary>The connection string's name (ConnectionStrings__BackPlan as an environment variable).</summary>
    public const string ConnectionName = "BackPlan";

    /// <summary>Database:Provider names PostgreSQL (SQLite is the default).</summary>
    public static bool IsPostgres(IConfiguration configuration) =>
        string.Equals(configuration[ProviderSetting], Postgres, StringComparison.OrdinalIgnoreCase);

    /// <summary>Registers the context for the provider named by Database:Provider (Sqlite by default).</summary>
    public static void AddBackPlanDb(this WebApplicationBuilder builder)
    {
        var provider = builder.Configuration[ProviderSetting] ?? Sqlite;
        var connection = builder.Configuration.GetConnectionString(ConnectionName)
            ?? (provider == Sqlite ? "Data Source=data/backplan.db" : throw new InvalidOperationException("Set ConnectionStrings__BackPlan for PostgreSQL."));
        var requireTls = builder.Configuration.GetValue<bool>("Database:RequireTls");
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
            if (requireTls)
            {
                throw new InvalidOperationException("Database:RequireTls is for PostgreSQL; a SQLite database is a local file with no connection to encrypt. Remove the setting or set Database:Provider to Postgres.");
            }

            connection = SqliteFileUnderContentRoot(connection, builder.Environment.ContentRootPath);
            // SQLite also waits for locks in its own busy handler.
            AddPooled<SqliteBackPlanDb>(builder.Services, (sp, o) => o
                .UseSqlite(connection)
                .AddInterceptors(SqliteBusyTimeout.Instance)
                .AddInterceptors(Interceptors(sp)), openForTheScope: true);
        }
        else if (string.Equals(provider, Postgres, StringComparison.OrdinalIgnoreCase))
        {
            connection = requireTls ? WithTlsRequired(connection) : connection;
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
    private static void AddPooled<TContext>(IServiceCollection services, Action<IServiceProvider, DbContextOptionsBuilder> configure, bool openForTheScope = false)
        where TContext : BackPlanDb
    {
        services.AddPooledDbContextFactory<TContext>(configure);
        services.AddScoped<BackPlanDb>(sp =>
        {
            var db = sp.GetRequiredService<IDbContextFactory<TContext>>().CreateDbContext().For(sp.GetRequiredService<Tenancy.CurrentUser>());
            if (openForTheScope)
            {
                // EF opens and closes the connection around every query; a SQLite open is all CPU (the
                // pool hands out a handle, EF registers its functions on it): a sixth of a booking's or
                // a calendar day's CPU (docs/performance.md). Opened once, it stays open until the context
                // goes back to the pool, which closes it. Npgsql's open may wait for the network, so
                // PostgreSQL keeps EF's default.
                db.Database.OpenConnection();
            }

            return db;
        });
    }

    /// <summary>
    /// Runs the start-up steps that write (migrations, back-fills, the demo seed) one instance at a time:
    /// instances started together on one PostgreSQL database take turns under a session advisory lock,
    /// so the second finds the first's work done instead of seeding the demo clinic again (decision
    /// 0034). The database is created first if it is missing, by whichever instance gets there first.
    /// SQLite serves one instance.
    /// </summary>
    public static async Task PrepareAsync(IServiceProvider services, params Func<IServiceProvider, Task>[] steps)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BackPlanDb>();
        if (db is PostgresBackPlanDb)
        {
            var creator = db.GetService<IRelationalDatabaseCreator>();
            if (!await creator.ExistsAsync())
            {
                try
                {
                    await creator.CreateAsync();
                }
                catch (Npgsql.PostgresException e) when (e.SqlState is Npgsql.PostgresErrorCodes.DuplicateDatabase or Npgsql.PostgresErrorCodes.UniqueViolation)
                {
                    // Another instance created it a moment ago.
                }
            }

            // Held by this connection until it is given back; a crashed instance's lock ends with its connection.
            await db.Database.OpenConnectionAsync();
            await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_lock({StartUpLock})");
        }

        try
        {
            foreach (var step in steps)
            {
                await step(services);
            }
        }
        finally
        {
            if (db is PostgresBackPlanDb)
            {
                await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_unlock({StartUpLock})");
                await db.Database.CloseConnectionAsync();
            }
        }
    }

    // pg_advisory_lock(bigint): "BPSTART" in ASCII.
    private const long StartUpLock = 0x42505354415254;

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

    /// <summary>
    /// Database:RequireTls: no PostgreSQL connection without TLS (HIPAA §164.312(e)). The default SSL
    /// modes that would fall back to plain text become Require; VerifyCA and VerifyFull are kept, and an
    /// explicit Disable is a contradiction the operator has to settle.
    /// </summary>
    public static string WithTlsRequired(string connection)
    {
        var csb = new Npgsql.NpgsqlConnectionStringBuilder(connection);
        csb.SslMode = csb.SslMode switch
        {
            Npgsql.SslMode.Disable => throw new InvalidOperationException(
                "Database:RequireTls is true, but the connection string sets SSL Mode=Disable. Remove one of the two."),
            Npgsql.SslMode.Allow or Npgsql.SslMode.Prefer => Npgsql.SslMode.Require,
            var strict => strict,
        };
        return csb.ConnectionString;
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
