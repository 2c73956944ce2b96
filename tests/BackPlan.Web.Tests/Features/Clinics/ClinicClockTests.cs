using BackPlan.Web.Features.Clinics;
using BackPlan.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace BackPlan.Web.Tests.Features.Clinics;

public class ClinicClockTests(BackPlanApp app)
{
    [Theory]
    [InlineData("2026-01-15T10:00:00Z", "2026-01-15T11:00:00")] // Warsaw in winter: UTC+1
    [InlineData("2026-07-01T10:00:00Z", "2026-07-01T12:00:00")] // summer time: UTC+2
    [InlineData("2026-03-29T00:30:00Z", "2026-03-29T01:30:00")] // just before the spring change at 01:00 UTC
    [InlineData("2026-03-29T01:30:00Z", "2026-03-29T03:30:00")] // just after it
    public async Task LocalAsync_StoredUtc_ShowsClinicLocalTimeAcrossDst(string utc, string local)
    {
        var clinic = await TestClinic.CreateAsync(app);

        var shown = await clinic.InScopeAsync(sp => sp.GetRequiredService<ClinicClock>()
            .LocalAsync(DateTime.Parse(utc, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AdjustToUniversal)));

        Assert.Equal(DateTime.Parse(local, System.Globalization.CultureInfo.InvariantCulture), shown);
    }
}
