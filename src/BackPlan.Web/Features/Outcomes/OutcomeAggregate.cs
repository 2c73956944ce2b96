using BackPlan.Web.Platform.Tenancy;

namespace BackPlan.Web.Features.Outcomes;

/// <summary>
/// The sums of one clinic's outcome records that started in one month and share every filter
/// dimension. Derived data, rebuilt month by month by <see cref="OutcomeAggregates"/> after the
/// records change, so the dashboard of a clinic with a million episodes adds up a few thousand rows
/// instead of scanning a million (decision 0020).
/// </summary>
public sealed class OutcomeAggregate : OutcomeSums, IClinicOwned, IOutcomeDimensions
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid ClinicId { get; set; }

    /// <summary>The first day of the month the episodes started in.</summary>
    public DateOnly Month { get; set; }

    public Guid? LocationId { get; set; }

    public Guid? PractitionerId { get; set; }

    public string DurationClass { get; set; } = "";

    public string? RiskGroup { get; set; }

    public string? Composition { get; set; }
}
