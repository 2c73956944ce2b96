using System.Globalization;
using System.Linq.Expressions;
using NodaTime;

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

    /// <summary>The filter on a day-precise value (a birth date) chosen by <paramref name="day"/>.</summary>
    public Expression<Func<T, bool>> On<T>(Expression<Func<T, DateOnly>> day) => Compare(day, From, ToExclusive);

    /// <summary>
    /// The filter on a UTC instant (an appointment's start) chosen by <paramref name="instant"/>: the
    /// days are the clinic's, so <c>date=2027-01-05</c> is that local day from midnight to midnight.
    /// </summary>
    public Expression<Func<T, bool>> On<T>(Expression<Func<T, DateTime>> instant, DateTimeZone zone) =>
        Compare(instant, zone.AtStartOfDay(LocalDate.FromDateOnly(From)).ToDateTimeUtc(), zone.AtStartOfDay(LocalDate.FromDateOnly(ToExclusive)).ToDateTimeUtc());

    /// <summary>
    /// <c>lt</c> is before the range, <c>gt</c> after it, <c>le</c>/<c>ge</c> include it, <c>ne</c> is
    /// outside it, <c>eq</c> inside it; the bounds are parameters of the query, for EF Core to translate.
    /// </summary>
    private Expression<Func<T, bool>> Compare<T, TValue>(Expression<Func<T, TValue>> value, TValue from, TValue to)
    {
        var bounds = new Bounds<TValue>(from, to);
        var v = value.Body;
        Expression start = Expression.Property(Expression.Constant(bounds), nameof(Bounds<TValue>.From));
        Expression end = Expression.Property(Expression.Constant(bounds), nameof(Bounds<TValue>.To));
        var body = Prefix switch
        {
            "ne" => Expression.OrElse(Expression.LessThan(v, start), Expression.GreaterThanOrEqual(v, end)),
            "lt" => Expression.LessThan(v, start),
            "gt" => Expression.GreaterThanOrEqual(v, end),
            "le" => Expression.LessThan(v, end),
            "ge" => Expression.GreaterThanOrEqual(v, start),
            _ => (Expression)Expression.AndAlso(Expression.GreaterThanOrEqual(v, start), Expression.LessThan(v, end)),
        };
        return Expression.Lambda<Func<T, bool>>(body, value.Parameters);
    }

    private sealed record Bounds<TValue>(TValue From, TValue To);
}
