using BackPlan.Web.Platform.Tenancy;

namespace BackPlan.Web.Features.Outcomes;

/// <summary>
/// "This month's aggregates are out of date": written in the same save as the outcome records that
/// changed (<see cref="OutcomeAggregateMarking"/>), removed when <see cref="OutcomeAggregates"/> has
/// rebuilt the month. Rows are never updated, so writers never wait for each other over them.
/// </summary>
public sealed class OutcomeAggregateChange : IClinicOwned
{
    public long Id { get; set; }

    public Guid ClinicId { get; set; }

    /// <summary>The first day of the month to rebuild; null for every month of the clinic.</summary>
    public DateOnly? Month { get; set; }

    public static DateOnly MonthOf(DateOnly day) => new(day.Year, day.Month, 1);
}
