using BackPlan.Web.Data;
using BackPlan.Web.Platform.Auditing;
using Microsoft.EntityFrameworkCore;

namespace BackPlan.Web.Features.Fhir;

/// <summary>
/// The FHIR R4 server at <c>/fhir</c> (Firely SDK resources): the CapabilityStatement, and read and
/// search of every type in <see cref="FhirTypes.All"/>, the same way for each. The query filters
/// scope every read: staff see their clinic, a patient only their own record (anything else is 404).
/// Reads of patient data are audited.
/// </summary>
public static class FhirEndpoints
{
    private static readonly DateTimeOffset Started = DateTimeOffset.UtcNow;

    public static void MapFhir(this IEndpointRouteBuilder app)
    {
        var fhir = app.MapGroup("/fhir").WithTags("FHIR R4");
        fhir.MapGet("/metadata", Metadata).AllowAnonymous().HasNoPatientData()
            .WithSummary("The CapabilityStatement: what this FHIR server reads and searches.");
        var secured = fhir.MapGroup("").RequireAuthorization().AddEndpointFilter(FhirScopes.CheckAsync);
        Map(secured, FhirTypes.Patient);
        Map(secured, FhirTypes.Practitioner);
        Map(secured, FhirTypes.Organization);
        Map(secured, FhirTypes.Location);
        Map(secured, FhirTypes.Appointment);
        Map(secured, FhirTypes.Observation);
        Map(secured, FhirTypes.EpisodeOfCare);
        secured.MapFhirCreates();
        secured.MapBulkExport();
        secured.MapGet("/Patient/{id}/$everything", EverythingAsync).AuditsPatientData("fhir.patient.everything")
            .WithMetadata(new FhirScopeRequirement("Patient", FhirAccess.Read))
            .WithSummary("Everything of one patient: the Patient, their episodes of care, appointments and observations, the practitioners those name, and the clinic.");
    }

    private static void Map<T>(RouteGroupBuilder group, FhirType<T> type)
        where T : class
    {
        var read = group.MapGet($"/{type.Name}/{{id}}", (string id, HttpRequest request, BackPlanDb db, CancellationToken ct) => ReadAsync(type, id, request, db, ct))
            .WithSummary($"One {type.Name}.").WithMetadata(new FhirScopeRequirement(type.Name, FhirAccess.Read));
        var search = group.MapGet($"/{type.Name}", (HttpRequest request, BackPlanDb db, Clinics.ClinicClock clock, CancellationToken ct) => SearchAsync(type, request, db, clock, ct))
            .WithSummary($"Search {type.Name}: {string.Join(", ", FhirCapability.Accepted(type).Order(StringComparer.Ordinal))}.")
            .WithMetadata(new FhirScopeRequirement(type.Name, FhirAccess.Read));
        if (type.AuditAction is { } action)
        {
            read.AuditsPatientData($"{action}.read", idKind: type.AuditIdKind);
            search.AuditsPatientData($"{action}.search", routeKey: null);
        }
        else
        {
            read.HasNoPatientData();
            search.HasNoPatientData();
        }
    }

    /// <summary>
    /// <c>Patient/{id}/$everything</c> (R4 Patient operation): the patient, every resource of the
    /// types served in their compartment, and what those refer to (the practitioners of the
    /// appointments, the clinic), as one searchset Bundle.
    /// </summary>
    private static async Task<IResult> EverythingAsync(string id, HttpRequest request, BackPlanDb db, CancellationToken ct)
    {
        if (FhirResults.RefuseFormat(request) is { } refused)
        {
            return refused;
        }

        if (!Guid.TryParse(id, out var key) || await db.Patients.AsNoTracking().FirstOrDefaultAsync(p => p.Id == key, ct) is not { } patient)
        {
            return FhirResults.NotFound("Patient", id);
        }

        var resources = new List<Hl7.Fhir.Model.Resource> { PatientResource.From(patient) };
        // Only the types the token's scopes read.
        foreach (var type in FhirTypes.All.Where(t => FhirScopes.Allows(request.HttpContext.User, t.Name, FhirAccess.Read)))
        {
            resources.AddRange(await type.OfPatientAsync(db, key, ct));
        }

        var practitioners = resources.OfType<Hl7.Fhir.Model.Appointment>().SelectMany(a => a.Participant)
            .Select(p => p.Actor?.Reference).OfType<string>().Where(r => r.StartsWith("Practitioner/", StringComparison.Ordinal))
            .Select(r => Guid.Parse(r["Practitioner/".Length..])).Distinct().ToList();
        resources.AddRange((await FhirTypes.Practitioner.Rows(db).AsNoTracking().Where(s => practitioners.Contains(s.Id)).ToListAsync(ct)).Select(FhirTypes.Practitioner.ToResource));
        if (FhirScopes.Allows(request.HttpContext.User, FhirTypes.Organization.Name, FhirAccess.Read))
        {
            resources.AddRange((await db.Clinics.AsNoTracking().ToListAsync(ct)).Select(FhirTypes.Organization.ToResource));
        }
        var root = FhirSearch.Root(request);
        var bundle = new Hl7.Fhir.Model.Bundle
        {
            Type = Hl7.Fhir.Model.Bundle.BundleType.Searchset,
            Total = resources.Count,
            Link = [new() { Relation = "self", Url = $"{root}/Patient/{key}/$everything" }],
            Entry = [.. resources.Select(r => FhirSearch.Entry(root, r, Hl7.Fhir.Model.Bundle.SearchEntryMode.Match))],
        };
        return FhirResults.Resource(bundle);
    }

    private static IResult Metadata(HttpRequest request) =>
        FhirResults.RefuseFormat(request) ?? FhirResults.Resource(FhirCapability.Statement(Started));

    private static async Task<IResult> ReadAsync<T>(FhirType<T> type, string id, HttpRequest request, BackPlanDb db, CancellationToken ct)
        where T : class
    {
        if (FhirResults.RefuseFormat(request) is { } refused)
        {
            return refused;
        }

        var row = Guid.TryParse(id, out var key) ? await type.Rows(db).AsNoTracking().FirstOrDefaultAsync(type.HasId(key), ct) : null;
        return row is null ? FhirResults.NotFound(type.Name, id) : FhirResults.Resource(type.ToResource(row));
    }

    private static async Task<IResult> SearchAsync<T>(FhirType<T> type, HttpRequest request, BackPlanDb db, Clinics.ClinicClock clock, CancellationToken ct)
        where T : class
    {
        var (page, refusal) = FhirSearch.Read(request, type);
        if (page is null)
        {
            return refusal!;
        }

        var query = type.Rows(db).AsNoTracking();
        // The clinic's zone costs a query: read it only when a date parameter will use it.
        var dated = type.Filters.Any(f => f.Parameter.Type == Hl7.Fhir.Model.SearchParamType.Date && request.Query.ContainsKey(f.Parameter.Name));
        var context = new FhirSearchContext(db, dated ? await clock.ZoneAsync(ct) : NodaTime.DateTimeZone.Utc);
        foreach (var filter in type.Filters)
        {
            foreach (var value in request.Query[filter.Parameter.Name])
            {
                var result = filter.Apply(query, value ?? "", context);
                if (result.Query is null)
                {
                    return FhirSearch.Invalid(result.Problem!);
                }

                query = result.Query;
            }
        }

        var includes = new List<FhirInclude<T>>();
        foreach (var name in request.Query["_include"])
        {
            if (type.Includes.FirstOrDefault(i => i.Name == name) is not { } include)
            {
                return FhirSearch.Invalid($"_include={name} is not supported here; {type.Name} takes {(type.IncludeNames.Count == 0 ? "none" : string.Join(", ", type.IncludeNames))}.");
            }

            includes.Add(include);
        }

        var total = await query.CountAsync(ct);
        var found = await type.Order(query).Skip(page.Offset).Take(page.Count).ToListAsync(ct);
        var included = new List<Hl7.Fhir.Model.Resource>();
        foreach (var include in includes.Distinct())
        {
            included.AddRange(await include.Load(found, db, ct));
        }

        return FhirResults.Resource(FhirSearch.Searchset(request, type.Name, total, page, found.Select(type.ToResource), included));
    }
}
