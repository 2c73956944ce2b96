using BackPlan.Web.Tests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace BackPlan.Web.Tests.Features.Inquiries;

/// <summary>
/// An app whose public website speaks for one known clinic (PublicSite:ClinicId), with a clock the
/// tests move forward (the form's minimum fill time) and a client IP address each test chooses
/// (the per-IP limit of public posts) through the X-Test-Client-Ip header.
/// </summary>
public sealed class InquiryApp : BackPlanApp, IAsyncLifetime
{
    public const string ClientIpHeader = ClientIpFromHeader.Header;
    public const int RateLimitPermits = 3;

    public Guid PublicClinicId { get; } = Guid.CreateVersion7();

    public ShiftedTime Time { get; } = new();

    public TestClinic Clinic { get; private set; } = default!;

    protected override void Configure(IWebHostBuilder builder)
    {
        builder.UseSetting("PublicSite:ClinicId", PublicClinicId.ToString());
        builder.UseSetting("PublicSite:PostPermitLimit", RateLimitPermits.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<TimeProvider>(Time);
            services.AddTransient<IStartupFilter, ClientIpFromHeader>();
        });
    }

    async ValueTask IAsyncLifetime.InitializeAsync()
    {
        await InitializeAsync();
        Clinic = await TestClinic.CreateAsync(this, id: PublicClinicId);
    }

    /// <summary>The real clock plus whatever time the tests let pass.</summary>
    public sealed class ShiftedTime : TimeProvider
    {
        private long _offsetTicks;

        public void Pass(TimeSpan span) => Interlocked.Add(ref _offsetTicks, span.Ticks);

        public override DateTimeOffset GetUtcNow() => base.GetUtcNow().AddTicks(Interlocked.Read(ref _offsetTicks));
    }
}
