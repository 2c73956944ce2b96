namespace BackPlan.Web.Features.Staff;

public enum LicenceStatus
{
    /// <summary>No licence on record (e.g. front desk).</summary>
    None,
    Valid,
    ExpiringSoon,
    Expired,
}

/// <summary>
/// The one place that decides whether a practitioner's licence allows new appointments and plan
/// approvals. Booking and plan approval call <see cref="AllowsClinicalWork"/>.
/// </summary>
public static class Licence
{
    public const int WarningDays = 30;

    public static LicenceStatus StatusOn(DateOnly? expiresOn, DateOnly today) => expiresOn switch
    {
        null => LicenceStatus.None,
        var e when e.Value < today => LicenceStatus.Expired,
        var e when e.Value.DayNumber - today.DayNumber <= WarningDays => LicenceStatus.ExpiringSoon,
        _ => LicenceStatus.Valid,
    };

    /// <summary>A licence valid on the day (it expires at the end of its expiry date).</summary>
    public static bool AllowsClinicalWork(DateOnly? expiresOn, DateOnly today) =>
        StatusOn(expiresOn, today) is LicenceStatus.Valid or LicenceStatus.ExpiringSoon;
}
