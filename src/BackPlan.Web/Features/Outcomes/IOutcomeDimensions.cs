namespace BackPlan.Web.Features.Outcomes;

/// <summary>The dashboard's filter dimensions, shared by the records and the monthly aggregates so one filter serves both.</summary>
public interface IOutcomeDimensions
{
    Guid? LocationId { get; }

    Guid? PractitionerId { get; }

    string DurationClass { get; }

    string? RiskGroup { get; }

    string? Composition { get; }
}
