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

    protected virtual int CommentPermitLimit => 1000;

    protected override void Configure(IWebHostBuilder builder)
    {
        builder.UseSetting("PublicSite:ClinicId", ClinicId.ToString());
        builder.UseSetting("PublicSite:CommentPermitLimit", CommentPermitLimit.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Time));
    }

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        Clinic = await TestClinic.CreateAsync(this, id: ClinicId);
    }
}

/// <summary>The same with two comments per window, to see the limit bite.</summary>
public sealed class RateLimitedApp : PublicSiteApp
{
    protected override int CommentPermitLimit => 2;
}
