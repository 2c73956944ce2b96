using BackPlan.Clinical.Outcomes;
using BackPlan.Clinical.Plans;
using BackPlan.Web.Platform;

namespace BackPlan.Web.Features.Outcomes;

/// <summary>The dashboard's filters; every one optional. Dates bound the day the episode started (both included).</summary>
public sealed record OutcomeFilter(
    DateOnly? From = null,
    DateOnly? To = null,
    Guid? LocationId = null,
    Guid? PractitionerId = null,
    string? DurationClass = null,
    string? Risk = null,
    string? Composition = null)
{
    public static IReadOnlyList<string> DurationClasses { get; } = ["acute", "subacute", "chronic"];

    /// <summary>Parses the query parameters; errors are keyed by parameter name, as ProblemDetails and the form show them.</summary>
    public static (OutcomeFilter Filter, Dictionary<string, string[]> Errors) Parse(
        string? from, string? to, string? locationId, string? practitionerId, string? durationClass, string? risk, string? composition)
    {
        var errors = new Dictionary<string, string[]>();
        var filter = new OutcomeFilter(
            QueryValues.Date(from, "from", errors),
            QueryValues.Date(to, "to", errors),
            QueryValues.Id(locationId, "locationId", errors),
            QueryValues.Id(practitionerId, "practitionerId", errors),
            OneOf(durationClass, DurationClasses, "durationClass", errors),
            OneOf(risk, PlanVocabulary.SbstGroups, "risk", errors),
            OneOf(composition, PlanComposition.All, "composition", errors));
        QueryValues.Period(filter.From, filter.To, errors);
        return (filter, errors);
    }

    private static string? OneOf(string? text, IReadOnlyList<string> allowed, string field, Dictionary<string, string[]> errors)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var value = text.Trim();
        if (allowed.Contains(value, StringComparer.Ordinal))
        {
            return value;
        }

        errors[field] = [$"Use one of: {string.Join(", ", allowed)}."];
        return null;
    }

    /// <summary>The filter applied to the clinic's outcome rows (the clinic itself comes from the query filter).</summary>
    public IQueryable<EpisodeOutcomeRecord> Apply(IQueryable<EpisodeOutcomeRecord> rows)
    {
        if (From is { } from)
        {
            rows = rows.Where(r => r.StartedOn >= from);
        }

        if (To is { } to)
        {
            rows = rows.Where(r => r.StartedOn <= to);
        }

        return ApplyDimensions(rows);
    }

    /// <summary>Every filter but the period, for records and monthly aggregates alike.</summary>
    public IQueryable<T> ApplyDimensions<T>(IQueryable<T> rows)
        where T : IOutcomeDimensions
    {
        if (LocationId is { } location)
        {
            rows = rows.Where(r => r.LocationId == location);
        }

        if (PractitionerId is { } practitioner)
        {
            rows = rows.Where(r => r.PractitionerId == practitioner);
        }

        if (DurationClass is { } duration)
        {
            rows = rows.Where(r => r.DurationClass == duration);
        }

        if (Risk is { } risk)
        {
            rows = rows.Where(r => r.RiskGroup == risk);
        }

        if (Composition is { } composition)
        {
            rows = rows.Where(r => r.Composition == composition);
        }

        return rows;
    }
}
