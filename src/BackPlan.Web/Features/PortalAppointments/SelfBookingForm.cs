namespace BackPlan.Web.Features.PortalAppointments;

/// <summary>The booking page's post: the pressed slot button's start, the session type and the week on show.</summary>
public sealed class SelfBookingForm
{
    /// <summary>ISO 8601 with the clinic's offset, e.g. 2026-12-01T10:00:00+01:00.</summary>
    public string? Start { get; set; }

    public string? Type { get; set; }

    /// <summary>The Monday of the week on show (yyyy-MM-dd), so a refusal keeps the page where it was.</summary>
    public string? Week { get; set; }
}
