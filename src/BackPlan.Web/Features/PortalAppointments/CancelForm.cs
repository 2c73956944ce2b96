namespace BackPlan.Web.Features.PortalAppointments;

/// <summary>The portal's cancellation: the reason is optional for patients.</summary>
public sealed class CancelForm
{
    public const int MaxReasonLength = 500;

    /// <summary>Recorded when the patient gives no reason (staff see who cancelled and when).</summary>
    public const string NoReasonGiven = "Cancelled by the patient in the portal (no reason given).";

    public string? Reason { get; set; }

    public string EffectiveReason => string.IsNullOrWhiteSpace(Reason) ? NoReasonGiven : Reason.Trim();
}
