using BackPlan.Web.Data;
using BackPlan.Web.Platform.Tenancy;
using BackPlan.Web.Features.Account;
using BackPlan.Web.Features.Demo;
using BackPlan.Web.Tests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace BackPlan.Web.Tests.Security;

/// <summary>
/// The app with the demo clinic seeded (patients with episodes, plans, appointments, forms, notes,
/// articles), the clinic whose records the security tests aim at; and a second clinic whose staff
/// and patient try to reach them. The demo admin's two-factor sign-in is set up as at a first sign-in.
/// </summary>
public sealed class SecurityApp : BackPlanApp
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private TestClinic? _otherClinic;

    protected override bool DemoEnabled => true;

    // The XSS tests send the public contact form in one go: no minimum time on the page.
    protected override void Configure(IWebHostBuilder builder) => builder.UseSetting("Inquiries:MinimumFillTime", "00:00:00");

    public static string DemoEmail(string localPart) => $"{localPart}@{DemoClinic.Domain}";

    /// <summary>The demo patient whose sign-in the tests use as "own": five weeks of history.</summary>
    public static string OwnPatientEmail => DemoEmail("patient2");

    /// <summary>The demo clinic's sign-in for a role.</summary>
    public static string DemoEmailFor(string role) => role switch
    {
        Roles.Admin => DemoEmail("admin"),
        Roles.Practitioner => DemoEmail("therapist"),
        Roles.FrontDesk => DemoEmail("frontdesk"),
        Roles.Patient => OwnPatientEmail,
        _ => throw new ArgumentOutOfRangeException(nameof(role), role, "No such role."),
    };

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        await using var scope = Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        // Every SecurityApp seeds the same demo admin email: EnrolAsync gives each the one key the email has here.
        await TwoFactorKeys.EnrolAsync(users, (await users.FindByEmailAsync(DemoEmail("admin")))!);
    }

    /// <summary>Another clinic, made once: its users are the "other clinic" side of every check.</summary>
    public async Task<TestClinic> OtherClinicAsync()
    {
        await _gate.WaitAsync();
        try
        {
            return _otherClinic ??= await TestClinic.CreateAsync(this);
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Reads the demo clinic's rows, across the tenancy filter (tests only).</summary>
    public async Task<T> QueryAsync<T>(Func<BackPlanDb, Task<T>> query)
    {
        await using var scope = Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<BackPlanDb>());
    }

    public override async ValueTask DisposeAsync()
    {
        _gate.Dispose();
        await base.DisposeAsync();
    }
}
