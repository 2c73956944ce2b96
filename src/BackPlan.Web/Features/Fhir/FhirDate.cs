using System.Globalization;
using System.Linq.Expressions;

namespace BackPlan.Web.Features.Fhir;

/// <summary>
/// A FHIR date search value (R4 §3.1.1.4.4 and §3.1.1.5.5): an optional prefix (eq, ne, lt, gt, le, ge;
/// eq when none) and a date of year, month or day precision, which stands for the range of days it
/// covers: <c>birthdate=1980</c> matches every day of 1980, <c>birthdate=lt1980-06</c> every day before June.
/// </summary>
public sealed record FhirDate(string Prefix, DateOnly From, DateOnly ToExclusive)
{
    public static readonly IReadOnlyList<string> Prefixes = ["eq", "ne", "lt", "gt", "le", "ge"];

    public static FhirDate? Parse(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var prefix = value.Length > 2 && char.IsLetter(value[0]) ? value[..2] : "eq";
        var date = value.Length > 2 && char.IsLetter(value[0]) ? value[2..] : value;
        if (!Prefixes.Contains(prefix))
        {
            return null;
        }

        string[] formats = ["yyyy-MM-dd", "yyyy-MM", "yyyy"];
        for (var precision = 0; precision < formats.Length; precision++)
        {
            if (DateOnly.TryParseExact(date, formats[precision], CultureInfo.InvariantCulture, DateTimeStyles.None, out var from))
            {
                var to = precision switch { 0 => from.AddDays(1), 1 => from.AddMonths(1), _ => from.AddYears(1) };
                return new(prefix, from, to);
            }
        }

        return null;
    }

    /// <summary>
    /// The filter on a day-precise value (a birth date) chosen by <paramref name="day"/>, for EF Core
    /// to translate: <c>lt</c> is before the range, <c>gt</c> after it, <c>le</c>/<c>ge</c> include it.
    /// </summary>
    public Expression<Func<T, bool>> On<T>(Expression<Func<T, DateOnly>> day)
    {
        var (from, to) = (From, ToExclusive);
        Expression<Func<DateOnly, bool>> test = Prefix switch
        {
            "ne" => d => d < from || d >= to,
            "lt" => d => d < from,
            "gt" => d => d >= to,
            "le" => d => d < to,
            "ge" => d => d >= from,
            _ => d => d >= from && d < to,
        };
        return FhirExpressions.Apply(day, test);
    }
}
