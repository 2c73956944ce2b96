using System.Linq.Expressions;
using Hl7.Fhir.Model;
using SearchParamType = Hl7.Fhir.Model.SearchParamType;

namespace BackPlan.Web.Features.Fhir;

/// <summary>The kinds of search parameter the resource types share: status tokens, patient references, dates and names.</summary>
public static class FhirFilters
{
    /// <summary>A <c>status</c> token: FHIR's codes (several comma-separated), each standing for the app's statuses that map to it.</summary>
    public static FhirFilter<T> Status<T, TStatus, TFhir>(IReadOnlyDictionary<TStatus, TFhir> statuses, Expression<Func<T, TStatus>> status, string name = "status")
        where TStatus : struct, Enum
        where TFhir : struct, Enum
    {
        var codes = statuses.Values.Distinct().Select(v => Hl7.Fhir.Utility.EnumUtility.GetLiteral(v)).ToList();
        return new(new(name, SearchParamType.Token, $"{string.Join(", ", codes)}; several comma-separated."), (query, value, _) =>
        {
            var asked = value.Split(',');
            if (asked.Any(a => !codes.Contains(a)))
            {
                return $"{name}={value}: the statuses are {string.Join(", ", codes)}.";
            }

            var wanted = statuses.Where(s => asked.Contains(Hl7.Fhir.Utility.EnumUtility.GetLiteral(s.Value))).Select(s => s.Key).ToList();
            return FhirFilterResult.Of(query.Where(FhirExpressions.Apply(status, (Expression<Func<TStatus, bool>>)(s => wanted.Contains(s)))));
        });
    }

    /// <summary>A reference to the patient (<c>Patient/{id}</c> or the id) on a row's patient id.</summary>
    public static FhirFilter<T> PatientReference<T>(string name, Expression<Func<T, Guid>> patientId) =>
        new(new(name, SearchParamType.Reference, "The patient: Patient/{id} or the id."), (query, value, _) =>
            Guid.TryParse(value.StartsWith("Patient/", StringComparison.Ordinal) ? value["Patient/".Length..] : value, out var patient)
                ? FhirFilterResult.Of(query.Where(FhirExpressions.Apply(patientId, (Expression<Func<Guid, bool>>)(id => id == patient))))
                : $"{name}={value} is not a patient reference: Patient/{{id}} or the id.");

    /// <summary>A date parameter on a UTC instant, read in the clinic's local days.</summary>
    public static FhirFilter<T> DateOn<T>(string name, Expression<Func<T, DateTime>> instant, string what) =>
        DateParameter<T>(name, what, (date, search) => date.On(instant, search.Zone));

    /// <summary>A date parameter on a day (a birth date, an episode's start).</summary>
    public static FhirFilter<T> DayOn<T>(string name, Expression<Func<T, DateOnly>> day, string what) =>
        DateParameter<T>(name, what, (date, _) => date.On(day));

    public static FhirFilter<T> DateParameter<T>(string name, string what, Func<FhirDate, FhirSearchContext, Expression<Func<T, bool>>> filter) =>
        new(new(name, SearchParamType.Date, $"{what}, with eq, ne, lt, gt, le or ge and year, month or day precision."), (query, value, search) =>
            FhirDate.Parse(value) is { } date
                ? FhirFilterResult.Of(query.Where(filter(date, search)))
                : $"{name}={value} is not a date search value: an optional prefix ({string.Join(", ", FhirDate.Prefixes)}) and YYYY, YYYY-MM or YYYY-MM-DD.");

    /// <summary>A <c>name</c> parameter that matches part of one text column, case-insensitive.</summary>
    public static FhirFilter<T> NameContains<T>(Expression<Func<T, string>> column) =>
        new(new("name", SearchParamType.String, "Part of the name (case-insensitive, anywhere in it)."), (query, value, _) =>
        {
            var term = value.Trim().ToLowerInvariant();
            return term.Length is 0 or > 100
                ? "name must have 1 to 100 characters."
#pragma warning disable CA1304, CA1311, CA1862 // EF Core turns ToLower and Contains into SQL (lower, instr/strpos); culture and StringComparison overloads are not translated
                : FhirFilterResult.Of(query.Where(FhirExpressions.Apply(column, (Expression<Func<string, bool>>)(text => text.ToLower().Contains(term)))));
#pragma warning restore CA1304, CA1311, CA1862
        });

    /// <summary>
    /// A token on a code column: each value (several comma-separated, <c>system|code</c> or the code)
    /// is read by <paramref name="codeOf"/>; values it does not know match nothing, and when it knows
    /// none of them the search is refused (another kind of row may know them: <see cref="FhirUnion"/>).
    /// </summary>
    public static FhirFilter<T> Code<T>(string name, string what, Func<string, string?> codeOf, Expression<Func<T, string>> column) =>
        new(new(name, SearchParamType.Token, what), (query, value, _) =>
        {
            var codes = value.Split(',').Select(codeOf).OfType<string>().ToList();
            return codes.Count == 0
                ? $"{name}={value}: not a code of this server ({what})"
                : FhirFilterResult.Of(query.Where(FhirExpressions.Apply(column, (Expression<Func<string, bool>>)(c => codes.Contains(c)))));
        });

    /// <summary>
    /// A token on the codings of a resource made in memory (a part of a row): a value <c>system|code</c>
    /// or the code matches any of <paramref name="codings"/>; refused when no value is one this
    /// server uses for such resources (<paramref name="known"/> codes of <paramref name="systems"/>), as <see cref="Code{T}"/>.
    /// </summary>
    public static FhirFilter<Resource> PartCode(string name, string what, Func<Resource, IEnumerable<Coding>> codings, IReadOnlyCollection<string> known, params string[] systems) =>
        new(new(name, SearchParamType.Token, what), (query, value, _) =>
        {
            var wanted = value.Split(',').Select(v => v.Split('|', 2) is [var s, var c] ? (System: s, Code: c) : (System: (string?)null, Code: v))
                .Where(w => (w.System is null || systems.Contains(w.System)) && known.Contains(w.Code)).ToList();
            return wanted.Count == 0
                ? $"{name}={value}: not a code of this server ({what})"
                : FhirFilterResult.Of(query.Where(r => codings(r).Any(c => wanted.Any(w => w.Code == c.Code && (w.System == null || w.System == c.System)))));
        });
}
