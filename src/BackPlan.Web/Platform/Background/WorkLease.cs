namespace BackPlan.Web.Platform.Background;

/// <summary>
/// One scheduled scan's hold on one clinic (decision 0034). An instance scans a clinic only while it holds
/// the lease, so two instances running the same scan at the same moment never both scan it; a lease
/// whose instance died expires and the clinic is scanned again by whoever comes next.
/// </summary>
public sealed class WorkLease
{
    /// <summary>Which scan, e.g. form-reminders.</summary>
    public required string Task { get; set; }

    public Guid ClinicId { get; set; }

    /// <summary>Held until then; null when free.</summary>
    public DateTime? LeasedUntil { get; set; }

    /// <summary>The instance holding it (<see cref="ThisInstance.Id"/>).</summary>
    public string? LeasedBy { get; set; }

    /// <summary>When the last scan of the clinic began: a pass that started before it has nothing left to do there.</summary>
    public DateTime? LastRunAt { get; set; }
}
