using BackPlan.Web.Features.Staff;

namespace BackPlan.Web.Tests.Features.Staff;

public class LicenceTests
{
    private static readonly DateOnly Today = new(2026, 11, 26);

    [Theory]
    [InlineData(null, LicenceStatus.None, false)]
    [InlineData(-1, LicenceStatus.Expired, false)]
    [InlineData(0, LicenceStatus.ExpiringSoon, true)]
    [InlineData(30, LicenceStatus.ExpiringSoon, true)]
    [InlineData(31, LicenceStatus.Valid, true)]
    public void StatusOn_DaysUntilExpiry_GivesStatusAndWhetherClinicalWorkIsAllowed(int? days, LicenceStatus expected, bool allowed)
    {
        DateOnly? expires = days is { } d ? Today.AddDays(d) : null;

        Assert.Equal(expected, Licence.StatusOn(expires, Today));
        Assert.Equal(allowed, Licence.AllowsClinicalWork(expires, Today));
    }
}
