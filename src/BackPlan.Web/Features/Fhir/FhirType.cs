using System.Linq.Expressions;
using System.Runtime.CompilerServices;
using BackPlan.Web.Data;
using BackPlan.Web.Platform.Auditing;
using Microsoft.EntityFrameworkCore;
using Resource = Hl7.Fhir.Model.Resource;
using SearchParamType = Hl7.Fhir.Model.SearchParamType;

namespace BackPlan.Web.Features.Fhir;

/// <summary>A search parameter's filter: the narrowed query, or why the value cannot be used.</summary>
public readonly record struct FhirFilterResult<T>(IQueryable<T>? Query, string? Problem)
{
    public static implicit operator FhirFilterResult<T>(string problem) => new(null, problem);
}

public static class FhirFilterResult
{
    public static FhirFilterResult<T> Of<T>(IQueryable<T> query) => new(query, null);
}

/// <summary>What a search filter may need besides its value: the database and the clinic's time zone (for local days).</summary>
public sealed record FhirSearchContext(BackPlanDb Db, NodaTime.DateTimeZone Zone);

/// <summary>A search parameter of one resource type and how it narrows that type's rows.</summary>
public sealed record FhirFilter<T>(FhirSearchParameter Parameter, Func<IQueryable<T>, string, FhirSearchContext, FhirFilterResult<T>> Apply);

/// <summary>An <c>_include</c> a search takes (e.g. <c>Observation:subject</c>) and how it loads what a page's resources refer to.</summary>
public sealed record FhirInclude(string Name, Func<IReadOnlyList<Resource>, BackPlanDb, CancellationToken, Task<List<Resource>>> Load);

/// <summary>One page of a search: how many match in all, and the resources of the page.</summary>
public sealed record FhirMatches(int Total, List<Resource> Page);

/// <summary>What <see cref="FhirCapability"/> and the endpoints need of any resource type.</summary>
public interface IFhirType
{
    string Name { get; }

    /// <summary>The <c>_include</c>s a search takes.</summary>
    IReadOnlyList<FhirInclude> Includes { get; }

    IReadOnlyList<string> IncludeNames => [.. Includes.Select(i => i.Name)];

    /// <summary>Its own search parameters, <c>_id</c> first.</summary>
    IReadOnlyList<FhirSearchParameter> Parameters { get; }

    /// <summary>The audit action of a read and of a search, or null when the type holds no patient data.</summary>
    string? AuditAction { get; }

    /// <summary>What the id of a read names, so its audit row finds the patient.</summary>
    RouteIdKind AuditIdKind { get; }

    /// <summary>The instance operations a resource of this type takes (e.g. <c>everything</c> for <c>Patient/{id}/$everything</c>).</summary>
    IReadOnlyList<string> Operations { get; }

    /// <summary>This type's resources of one patient (their compartment, for <c>$everything</c>); none when the type is not a patient's.</summary>
    Task<List<Resource>> OfPatientAsync(BackPlanDb db, Guid patientId, CancellationToken ct);

    /// <summary>The resource with this id, or null when there is none the caller may see.</summary>
    Task<Resource?> ReadAsync(BackPlanDb db, string id, CancellationToken ct);

    /// <summary>One page of the resources the query's parameters match, or why a value cannot be used.</summary>
    Task<(FhirMatches? Matches, string? Problem)> SearchAsync(IQueryCollection query, FhirSearchContext context, FhirPage page, CancellationToken ct);

    /// <summary>Whether its resources belong to patients (the Patient itself, or rows naming their patient): what a Group export takes.</summary>
    bool OfPatients { get; }

    /// <summary>
    /// A bulk export's resources of this type (decision 0038), page by page in search order: every row the
    /// query filters let through, or only those of <paramref name="patients"/>, and only those changed after
    /// <paramref name="since"/> when the type keeps a time (a type without one is exported whole).
    /// </summary>
    IAsyncEnumerable<List<Resource>> ExportAsync(BackPlanDb db, IQueryable<Guid>? patients, DateTime? since, int pageSize, CancellationToken ct);
}

/// <summary>
/// How one resource type is served from the app's rows: which rows (the query filters scope them),
/// their id, the Firely resource made of a row, the order of search results and the search
/// parameters beyond <c>_id</c>. Read and search are the same for every type (<see cref="FhirEndpoints"/>).
/// A row may instead hold several resources (<see cref="Parts"/>: the techniques of a session note),
/// each with the id <c>{row id}.{part}</c>; their searches filter the rows in the database and the
/// parts in memory (<see cref="PartFilters"/>).
/// </summary>
public sealed class FhirType<T>(
    string name,
    Func<BackPlanDb, IQueryable<T>> rows,
    Expression<Func<T, Guid>> id,
    Func<T, Resource> toResource,
    Func<IQueryable<T>, IOrderedQueryable<T>> order,
    string? auditAction,
    params FhirFilter<T>[] filters) : IFhirType
    where T : class
{
    private Func<T, DateTime>? _lastUpdated;

    public string Name => name;

    public string? AuditAction => auditAction;

    public RouteIdKind AuditIdKind { get; init; } = RouteIdKind.Patient;

    public IReadOnlyList<FhirInclude> Includes { get; init; } = [];

    public IReadOnlyList<string> Operations { get; init; } = [];

    /// <summary>The row's patient, for types in a patient's compartment (<c>$everything</c>).</summary>
    public Expression<Func<T, Guid>>? PatientId { get; init; }

    /// <summary>The resources a row holds when it holds several (each id <c>{row id}.{part}</c>); null when a row is one resource.</summary>
    public Func<T, IEnumerable<Resource>>? Parts { get; init; }

    /// <summary>Search parameters on the parts of a row, applied in memory after the rows are read.</summary>
    public IReadOnlyList<FhirFilter<Resource>> PartFilters { get; init; } = [];

    /// <summary>
    /// When the row last changed (or, where it keeps no such time, when it was made): the resource's
    /// <c>meta.lastUpdated</c> and the <c>_lastUpdated</c> search parameter.
    /// </summary>
    public Expression<Func<T, DateTime>>? LastUpdated
    {
        get;
        init
        {
            field = value;
            _lastUpdated = value?.Compile();
        }
    }

    // A Patient is its own compartment (FHIR R4 compartmentdefinition-patient).
    private Expression<Func<T, Guid>>? PatientOfRow => PatientId ?? (name == "Patient" ? id : null);

    public bool OfPatients => PatientOfRow is not null;

    public async IAsyncEnumerable<List<Resource>> ExportAsync(BackPlanDb db, IQueryable<Guid>? patients, DateTime? since, int pageSize, [EnumeratorCancellation] CancellationToken ct)
    {
        var query = Rows(db).AsNoTracking();
        if (patients is not null)
        {
            query = PatientOfRow is { } patient ? query.Where(FhirExpressions.Apply(patient, (Expression<Func<Guid, bool>>)(p => patients.Contains(p)))) : query.Where(_ => false);
        }

        if (since is { } after && LastUpdated is { } updated)
        {
            query = query.Where(FhirExpressions.Apply(updated, (Expression<Func<DateTime, bool>>)(at => at > after)));
        }

        for (var offset = 0; ; offset += pageSize)
        {
            var page = await Order(query).Skip(offset).Take(pageSize).ToListAsync(ct);
            yield return [.. page.SelectMany(ResourcesOf)];
            if (page.Count < pageSize)
            {
                yield break;
            }
        }
    }

    public IReadOnlyList<FhirFilter<T>> Filters =>
    [
        new(new("_id", SearchParamType.Token, "One or more ids, comma-separated."), (query, value, _) => FhirFilterResult.Of(query.Where(IdIn(id, value)))),
        .. filters,
        .. LastUpdated is { } changed ? [FhirFilters.DateOn("_lastUpdated", changed, "When it last changed (where no change is kept, when it was recorded)")] : Array.Empty<FhirFilter<T>>(),
    ];

    public IReadOnlyList<FhirSearchParameter> Parameters => [.. Filters.Select(f => f.Parameter), .. PartFilters.Select(f => f.Parameter)];

    public IQueryable<T> Rows(BackPlanDb db) => rows(db);

    public Expression<Func<T, bool>> HasId(Guid key) => FhirExpressions.Apply(id, (Expression<Func<Guid, bool>>)(k => k == key));

    public Resource ToResource(T row) => Stamp(toResource(row), row);

    /// <summary>The resources of a row: itself, or its parts.</summary>
    public IEnumerable<Resource> ResourcesOf(T row) =>
        Parts is { } parts ? parts(row).Select(r => Stamp(r, row)) : [ToResource(row)];

    public IOrderedQueryable<T> Order(IQueryable<T> query) => order(query);

    public async Task<List<Resource>> OfPatientAsync(BackPlanDb db, Guid patientId, CancellationToken ct) =>
        PatientId is { } patient
            ? [.. (await Order(Rows(db).AsNoTracking().Where(FhirExpressions.Apply(patient, (Expression<Func<Guid, bool>>)(p => p == patientId)))).ToListAsync(ct)).SelectMany(ResourcesOf)]
            : [];

    public async Task<Resource?> ReadAsync(BackPlanDb db, string id, CancellationToken ct)
    {
        // A part's id is its row's id, a dot and the part.
        var rowId = Parts is null ? id : id.Split('.', 2)[0];
        var row = Guid.TryParse(rowId, out var key) ? await Rows(db).AsNoTracking().FirstOrDefaultAsync(HasId(key), ct) : null;
        // The row was found by its Guid, which any letter case names (as before parts existed); so does the part.
        return row is null ? null : ResourcesOf(row).FirstOrDefault(r => string.Equals(r.Id, id, StringComparison.OrdinalIgnoreCase));
    }

    public async Task<(FhirMatches? Matches, string? Problem)> SearchAsync(IQueryCollection query, FhirSearchContext context, FhirPage page, CancellationToken ct)
    {
        var (found, problem) = Filter(Rows(context.Db).AsNoTracking(), Filters, query, context);
        if (found is null)
        {
            return (null, problem);
        }

        if (Parts is null)
        {
            var total = await found.CountAsync(ct);
            var rows = await Order(found).Skip(page.Offset).Take(page.Count).ToListAsync(ct);
            return (new FhirMatches(total, [.. rows.Select(ToResource)]), null);
        }

        var ids = query["_id"].SelectMany(v => (v ?? "").Split(',')).ToHashSet(StringComparer.Ordinal);
        var resources = (await Order(found).ToListAsync(ct)).SelectMany(ResourcesOf).Where(r => ids.Count == 0 || ids.Contains(r.Id ?? ""));
        var (parts, partProblem) = Filter(resources.AsQueryable(), PartFilters, query, context);
        if (parts is null)
        {
            return (null, partProblem);
        }

        var matching = parts.ToList();
        return (new FhirMatches(matching.Count, [.. matching.Skip(page.Offset).Take(page.Count)]), null);
    }

    private static (IQueryable<TRow>? Query, string? Problem) Filter<TRow>(IQueryable<TRow> query, IEnumerable<FhirFilter<TRow>> filters, IQueryCollection values, FhirSearchContext context)
    {
        foreach (var filter in filters)
        {
            foreach (var value in values[filter.Parameter.Name])
            {
                var result = filter.Apply(query, value ?? "", context);
                if (result.Query is null)
                {
                    return (null, result.Problem);
                }

                query = result.Query;
            }
        }

        return (query, null);
    }

    private Resource Stamp(Resource resource, T row)
    {
        if (_lastUpdated is { } changed)
        {
            resource.Meta ??= new Hl7.Fhir.Model.Meta();
            resource.Meta.LastUpdated = FhirTime.Offset(changed(row));
        }

        return resource;
    }

    private static Expression<Func<T, bool>> IdIn(Expression<Func<T, Guid>> id, string value)
    {
        // A part's id narrows the search to its row.
        var keys = value.Split(',').Select(v => Guid.TryParse(v.Split('.', 2)[0], out var g) ? g : Guid.Empty).ToList();
        return FhirExpressions.Apply(id, (Expression<Func<Guid, bool>>)(k => keys.Contains(k)));
    }
}

/// <summary>Puts a property selector into a test of its value, as one expression EF Core can translate.</summary>
public static class FhirExpressions
{
    public static Expression<Func<T, bool>> Apply<T, TValue>(Expression<Func<T, TValue>> selector, Expression<Func<TValue, bool>> test) =>
        Expression.Lambda<Func<T, bool>>(new Substitute(test.Parameters[0], selector.Body).Visit(test.Body), selector.Parameters);

    private sealed class Substitute(ParameterExpression parameter, Expression with) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == parameter ? with : node;
    }
}
