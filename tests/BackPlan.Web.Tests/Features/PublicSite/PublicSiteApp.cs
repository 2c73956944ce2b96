using BackPlan.Web.Tests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace BackPlan.Web.Tests.Features.PublicSite;

/// <summary>
/// An app whose public website shows a clinic made for it (PublicSite:ClinicId, chosen before
/// start) and whose clock the tests move (scheduled articles, the comment form's fill time).
/// </summary>
public class PublicSiteApp : BackPlanApp
{
    public Guid ClinicId { get; } = Guid.CreateVersion7();

    public FakeTimeProvider Time { get; } = new(DateTimeOffset.UtcNow);

    /// <summary>The public clinic: an account for each role (see <see cref="TestClinic"/>).</summary>
    public TestClinic Clinic { get; private set; } = default!;

    /// <summary>Posts of the public forms one address may send per window.</summary>
    protected virtual int PostPermitLimit => 1000;

    protected override void Configure(IWebHostBuilder builder)
    {
        builder.UseSetting("PublicSite:ClinicId", ClinicId.ToString());
        builder.UseSetting("PublicSite:PostPermitLimit", PostPermitLimit.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<TimeProvider>(Time);
            services.AddTransient<IStartupFilter, ClientIpFromHeader>();
        });
    }

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        Clinic = await TestClinic.CreateAsync(this, id: ClinicId);
    }
}

/// <summary>The same with two posts per address and window, to see the limit bite.</summary>
public sealed class RateLimitedApp : PublicSiteApp
{
    public const int Permits = 2;

    protected override int PostPermitLimit => Permits;
}
