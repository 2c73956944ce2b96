using System.Globalization;
using BackPlan.Web.Data;
using BackPlan.Web.Features.Account;
using BackPlan.Web.Platform.Auditing;
using BackPlan.Web.Platform.Problems;
using BackPlan.Web.Platform.Telemetry;
using BackPlan.Web.Platform.Tenancy;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.HttpLogging;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Localization;

namespace BackPlan.Web.Platform;

/// <summary>Hosting concerns in one place: data, identity, errors, localisation, health, OpenAPI, logging, telemetry.</summary>
public static class PlatformSetup
{
    public const string StaffPolicy = "Staff";
    public const string AdminPolicy = "Admin";
    private const string SmartScheme = "BackPlan";

    public static readonly CultureInfo[] Cultures = [new("en"), new("pl")];

    public static void AddPlatform(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddHttpContextAccessor();
        services.AddSingleton(TimeProvider.System);
        services.AddScoped<CurrentUser>();
        services.AddScoped<AuditLog>();
        services.AddSingleton<AuditWriter>();
        services.AddOptions<Email.EmailOptions>().BindConfiguration(Email.EmailOptions.Section);
        services.AddOptions<Background.LeaseOptions>().BindConfiguration(Background.LeaseOptions.Section)
            .Validate(o => o.Duration >= TimeSpan.FromSeconds(1), $"{Background.LeaseOptions.Section}:Duration must be at least a second (e.g. 00:05:00).")
            .ValidateOnStart();
        services.AddScoped<Email.Outbox>();
        services.AddSingleton<Email.Mailer>();
        services.AddSingleton<Email.OutboxSender>();
        services.AddHostedService(sp => sp.GetRequiredService<Email.OutboxSender>());
        builder.AddBackPlanDb();
        // Keys in the database: every instance behind a load balancer reads the same key ring, so a
        // cookie or token issued by one is accepted by the others, and a restart keeps everyone signed in.
        services.AddDataProtection().SetApplicationName("BackPlan").PersistKeysToDbContext<BackPlanDb>();

        services.AddIdentity<AppUser, IdentityRole>(o =>
            {
                o.User.RequireUniqueEmail = true;
                o.Password.RequiredLength = 10;
                o.Password.RequireNonAlphanumeric = false;
                o.Lockout.MaxFailedAccessAttempts = 5;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                o.Lockout.AllowedForNewUsers = true;
            })
            .AddEntityFrameworkStores<BackPlanDb>()
            .AddClaimsPrincipalFactory<AppClaimsFactory>()
            .AddPasswordValidator<CommonPasswordValidator>()
            .AddDefaultTokenProviders();
        services.AddMemoryCache();
        services.AddOptions<SignInCheckOptions>().BindConfiguration(SignInCheckOptions.Section);
        services.AddOptions<IdleSignOutOptions>().BindConfiguration(IdleSignOutOptions.Section)
            .Validate(o => o.Warning > TimeSpan.Zero && o.Warning + IdleSignOut.RenewAfter < o.Staff && o.Warning + IdleSignOut.RenewAfter < o.Patients,
                $"{IdleSignOutOptions.Section}: Staff and Patients must each be more than a minute longer than Warning, and Warning longer than zero (e.g. Staff 00:15:00, Patients 00:30:00, Warning 00:02:00).")
            .ValidateOnStart();
        services.AddSingleton<SignInCheck>();
        services.AddScoped<AccountAccess>();
        services.AddScoped<TwoFactor>();
        // Invitation and password links: valid for three days, and single use (setting the password changes the security stamp).
        services.Configure<DataProtectionTokenProviderOptions>(o => o.TokenLifespan = TimeSpan.FromDays(3));

        // One rule for every cookie the app sets (sign-in, antiforgery, language), applied by the cookie
        // policy middleware: HttpOnly, at least SameSite=Lax, and Secure. Secure always in production,
        // even when TLS ends at a proxy in front of the app; over plain HTTP (dotnet run, the tests) only
        // on an HTTPS request, or the browser would drop them.
        services.Configure<CookiePolicyOptions>(o =>
        {
            o.HttpOnly = Microsoft.AspNetCore.CookiePolicy.HttpOnlyPolicy.Always;
            o.MinimumSameSitePolicy = SameSiteMode.Lax;
            o.Secure = builder.Environment.IsDevelopment() || builder.Environment.IsEnvironment("Testing")
                ? CookieSecurePolicy.SameAsRequest
                : CookieSecurePolicy.Always;
        });
        services.AddAntiforgery(o => o.SuppressXFrameOptionsHeader = true); // SecurityHeaders sends DENY on every answer
        services.AddHsts(o =>
        {
            o.MaxAge = TimeSpan.FromDays(365);
            o.IncludeSubDomains = true;
        });

        // Browsers use the Identity cookie; scripts send "Authorization: Bearer <token>" from /api/v1/auth/token.
        services.AddAuthentication(o =>
            {
                // AddIdentity set these to the cookie; the smart scheme picks cookie or bearer per request.
                o.DefaultScheme = SmartScheme;
                o.DefaultAuthenticateScheme = SmartScheme;
                o.DefaultChallengeScheme = SmartScheme;
                o.DefaultForbidScheme = SmartScheme;
            })
            .AddPolicyScheme(SmartScheme, "Cookie or bearer", o => o.ForwardDefaultSelector = ctx =>
                ctx.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
                    ? IdentityConstants.BearerScheme
                    : IdentityConstants.ApplicationScheme)
            .AddBearerToken(IdentityConstants.BearerScheme, o => o.BearerTokenExpiration = TimeSpan.FromHours(1));
        services.ConfigureApplicationCookie(o =>
        {
            o.LoginPath = "/account/sign-in";
            o.LogoutPath = "/account/sign-out";
            o.AccessDeniedPath = "/account/access-denied";
            o.Cookie.Name = "backplan.auth"; // HttpOnly, SameSite=Lax and Secure come from the cookie policy above
            o.ExpireTimeSpan = TimeSpan.FromHours(8);
            o.SlidingExpiration = true;
            IdleSignOut.Configure(o);
            // APIs answer 401/403; pages redirect to sign-in (saying so after an idle time-out), and show 403 for a wrong role.
            o.Events.OnRedirectToLogin = ctx =>
            {
                ctx.RedirectUri = IdleSignOut.RedirectUri(ctx.HttpContext, ctx.RedirectUri);
                return Answer(ctx, StatusCodes.Status401Unauthorized, redirect: !IsApi(ctx.Request));
            };
            o.Events.OnRedirectToAccessDenied = ctx => Answer(ctx, StatusCodes.Status403Forbidden, redirect: false);
        });
        services.AddAuthorizationBuilder()
            .AddPolicy(StaffPolicy, p => p.RequireRole(Roles.Admin, Roles.Practitioner, Roles.FrontDesk))
            .AddPolicy(AdminPolicy, p => p.RequireRole(Roles.Admin));
        services.AddCascadingAuthenticationState();

        services.AddProblemDetails(o => o.CustomizeProblemDetails = ctx =>
        {
            ctx.ProblemDetails.Instance ??= ctx.HttpContext.Request.Path;
            ctx.ProblemDetails.Extensions["traceId"] = ctx.HttpContext.TraceIdentifier;
        });
        services.AddExceptionHandler<ProblemExceptionHandler>();
        services.AddValidation();
        // Web defaults read "3" as 3; clinical answers must never be coerced (instruments.md).
        services.ConfigureHttpJsonOptions(o => o.SerializerOptions.NumberHandling = System.Text.Json.Serialization.JsonNumberHandling.Strict);
        // Malformed JSON and bad route/query values reach ProblemExceptionHandler instead of an empty 400.
        services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        services.AddOpenApi();
        services.AddLocalization();
        services.Configure<RequestLocalizationOptions>(o =>
        {
            o.DefaultRequestCulture = new RequestCulture("en");
            o.SupportedCultures = Cultures;
            o.SupportedUICultures = Cultures;
        });
        services.AddSingleton<DatabaseHealthCheck>();
        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database");
        services.AddHttpLogging(o =>
        {
            // Method, path, status and duration only: no bodies, headers or query strings with patient data.
            o.LoggingFields = HttpLoggingFields.RequestMethod | HttpLoggingFields.RequestPath
                | HttpLoggingFields.ResponseStatusCode | HttpLoggingFields.Duration;
            o.CombineLogs = true;
        });
        builder.AddTelemetry(); // traces, metrics, trace ids in logs (Platform/Telemetry; JSON console: appsettings.json)

        services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromSeconds(20));
    }

    /// <summary>A machine's request (JSON API or FHIR): statuses, never redirects to pages.</summary>
    public static bool IsApi(HttpRequest request) => request.Path.StartsWithSegments("/api") || IsFhir(request);

    public static bool IsFhir(HttpRequest request) => request.Path.StartsWithSegments("/fhir");

    private static Task Answer(RedirectContext<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions> ctx, int status, bool redirect)
    {
        if (redirect)
        {
            ctx.Response.Redirect(ctx.RedirectUri);
        }
        else
        {
            ctx.Response.StatusCode = status;
        }

        return Task.CompletedTask;
    }
}
