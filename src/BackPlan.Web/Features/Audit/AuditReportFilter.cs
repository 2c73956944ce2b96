using BackPlan.Web.Platform;
using BackPlan.Web.Platform.Auditing;

namespace BackPlan.Web.Features.Audit;

/// <summary>
/// The audit report's filters, the same for the page and its CSV export: a patient, a user, an action
/// (or the beginning of one, in any case: "patient." finds every read) and a period of UTC days, both
/// included. Every one optional.
/// </summary>
public sealed record AuditReportFilter(Guid? PatientId = null, string? UserId = null, string? Action = null, DateOnly? From = null, DateOnly? To = null)
{
    public const int ActionMaxLength = 64;

    /// <summary>Parses the query parameters; errors are keyed by parameter name.</summary>
    public static (AuditReportFilter Filter, Dictionary<string, string[]> Errors) Parse(string? patient, string? user, string? action, string? from, string? to)
    {
        var errors = new Dictionary<string, string[]>();
        var filter = new AuditReportFilter(
            QueryValues.Id(patient, "patient", errors),
            string.IsNullOrWhiteSpace(user) ? null : user.Trim(),
            string.IsNullOrWhiteSpace(action) ? null : action.Trim(),
            QueryValues.Date(from, "from", errors),
            QueryValues.Date(to, "to", errors));
        if (filter.Action is { Length: > ActionMaxLength })
        {
            errors["action"] = [$"An action has at most {ActionMaxLength} characters."];
            filter = filter with { Action = null };
        }

        QueryValues.Period(filter.From, filter.To, errors);
        return (filter, errors);
    }

    /// <summary>The filter applied to the clinic's entries (the clinic itself comes from the query filter).</summary>
    public IQueryable<AuditEntry> Apply(IQueryable<AuditEntry> entries)
    {
        if (PatientId is { } patient)
        {
            entries = entries.Where(e => e.PatientId == patient);
        }

        if (UserId is { } user)
        {
            entries = entries.Where(e => e.UserId == user);
        }

        if (Action?.ToLowerInvariant() is { } action)
        {
#pragma warning disable CA1304, CA1311, CA1862 // EF Core turns ToLower and StartsWith into SQL; the culture and StringComparison overloads are not translated
            entries = entries.Where(e => e.Action.ToLower().StartsWith(action));
#pragma warning restore CA1304, CA1311, CA1862
        }

        if (From is { } from)
        {
            var start = from.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
            entries = entries.Where(e => e.At >= start);
        }

        if (To is { } to)
        {
            var end = to.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
            entries = entries.Where(e => e.At < end);
        }

        return entries;
    }

    /// <summary>The filter as query parameters (without a leading ? or &amp;), for links to pages and the export.</summary>
    public string ToQuery()
    {
        var parts = new List<string>();
        Add("patient", PatientId?.ToString());
        Add("user", UserId);
        Add("action", Action);
        Add("from", From?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        Add("to", To?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        return string.Join('&', parts);

        void Add(string name, string? value)
        {
            if (value is not null)
            {
                parts.Add($"{name}={Uri.EscapeDataString(value)}");
            }
        }
    }
}
