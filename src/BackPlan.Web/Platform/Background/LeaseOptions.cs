namespace BackPlan.Web.Platform.Background;

/// <summary>Configuration section "Leases": how long an instance holds the work it took (decision 0034).</summary>
public sealed class LeaseOptions
{
    public const string Section = "Leases";

    /// <summary>
    /// How long a lease lasts. An instance that dies leaves its work to the others for this long, so it
    /// should be short; a single email's send must end well within it (it is given half).
    /// </summary>
    public TimeSpan Duration { get; set; } = TimeSpan.FromMinutes(5);
}
