using System.Linq.Expressions;
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

/// <summary>An <c>_include</c> a search of one type takes (e.g. <c>Observation:subject</c>) and how it loads the included resources of a page.</summary>
public sealed record FhirInclude<T>(string Name, Func<IReadOnlyList<T>, BackPlanDb, CancellationToken, Task<List<Resource>>> Load);

/// <summary>What <see cref="FhirCapability"/> and the search endpoints need of any resource type.</summary>
public interface IFhirType
{
    string Name { get; }

    /// <summary>The <c>_include</c> values a search takes.</summary>
    IReadOnlyList<string> IncludeNames { get; }

    /// <summary>Its own search parameters, <c>_id</c> first.</summary>
    IReadOnlyList<FhirSearchParameter> Parameters { get; }

    /// <summary>The audit action of a read and of a search, or null when the type holds no patient data.</summary>
    string? AuditAction { get; }

    /// <summary>The instance operations a resource of this type takes (e.g. <c>everything</c> for <c>Patient/{id}/$everything</c>).</summary>
    IReadOnlyList<string> Operations { get; }

    /// <summary>This type's resources of one patient (their compartment, for <c>$everything</c>); none when the type is not a patient's.</summary>
    Task<List<Resource>> OfPatientAsync(BackPlanDb db, Guid patientId, CancellationToken ct);

    /// <summary>Whether its resources belong to patients (the Patient itself, or a row naming its patient): what a Group export takes.</summary>
    bool OfPatients { get; }

    /// <summary>
    /// One page of a bulk export (decision 0038), in search order: every row the query filters let through,
    /// or only those of <paramref name="patients"/>, and only those made after <paramref name="since"/> when
    /// the type keeps a time (a type without one is exported whole).
    /// </summary>
    Task<List<Resource>> ExportPageAsync(BackPlanDb db, IQueryable<Guid>? patients, DateTime? since, int offset, int count, CancellationToken ct);
}

/// <summary>
/// How one resource type is served from the app's rows: which rows (the query filters scope them),
/// their id, the Firely resource made of a row, the order of search results and the search
/// parameters beyond <c>_id</c>. Read and search are the same for every type (<see cref="FhirEndpoints"/>).
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
    public string Name => name;

    public string? AuditAction => auditAction;

    /// <summary>What the id of a read names, so its audit row finds the patient.</summary>
    public RouteIdKind AuditIdKind { get; init; } = RouteIdKind.Patient;

    public IReadOnlyList<FhirInclude<T>> Includes { get; init; } = [];

    public IReadOnlyList<string> Operations { get; init; } = [];

    /// <summary>The row's patient, for types in a patient's compartment (<c>$everything</c>).</summary>
    public Expression<Func<T, Guid>>? PatientId { get; init; }

    public async Task<List<Resource>> OfPatientAsync(BackPlanDb db, Guid patientId, CancellationToken ct) =>
        PatientId is { } patient
            ? [.. (await Order(Rows(db).AsNoTracking().Where(FhirExpressions.Apply(patient, (Expression<Func<Guid, bool>>)(p => p == patientId)))).ToListAsync(ct)).Select(toResource)]
            : [];

    public IReadOnlyList<string> IncludeNames => [.. Includes.Select(i => i.Name)];

    /// <summary>When a row was made, for a bulk export's <c>_since</c>; null when the rows keep no time.</summary>
    public Expression<Func<T, DateTime>>? LastUpdated { get; init; }

    // A Patient is its own compartment (FHIR R4 compartmentdefinition-patient).
    private Expression<Func<T, Guid>>? PatientOfRow => PatientId ?? (name == "Patient" ? id : null);

    public bool OfPatients => PatientOfRow is not null;

    public async Task<List<Resource>> ExportPageAsync(BackPlanDb db, IQueryable<Guid>? patients, DateTime? since, int offset, int count, CancellationToken ct)
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

        return [.. (await Order(query).Skip(offset).Take(count).ToListAsync(ct)).Select(toResource)];
    }

    public IReadOnlyList<FhirFilter<T>> Filters { get; } =
        [new(new("_id", SearchParamType.Token, "One or more ids, comma-separated."), (query, value, _) => FhirFilterResult.Of(query.Where(IdIn(id, value)))), .. filters];

    public IReadOnlyList<FhirSearchParameter> Parameters => [.. Filters.Select(f => f.Parameter)];

    public IQueryable<T> Rows(BackPlanDb db) => rows(db);

    public Expression<Func<T, bool>> HasId(Guid key) => FhirExpressions.Apply(id, (Expression<Func<Guid, bool>>)(k => k == key));

    public Resource ToResource(T row) => toResource(row);

    public IOrderedQueryable<T> Order(IQueryable<T> query) => order(query);

    private static Expression<Func<T, bool>> IdIn(Expression<Func<T, Guid>> id, string value)
    {
        var keys = value.Split(',').Select(v => Guid.TryParse(v, out var g) ? g : Guid.Empty).ToList();
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
