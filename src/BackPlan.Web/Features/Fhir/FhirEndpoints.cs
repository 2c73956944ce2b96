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
        foreach (var type in FhirTypes.All)
        {
            Map(secured, type);
        }

        secured.MapFhirCreates();
        secured.MapBulkExport();
        secured.MapGet("/Patient/{id}/$everything", EverythingAsync).AuditsPatientData("fhir.patient.everything")
            .WithMetadata(new FhirScopeRequirement("Patient", FhirAccess.Read))
            .WithSummary("Everything of one patient: the Patient and every resource in their compartment (episodes, appointments, sessions, observations, forms, programs, goals, techniques, consents, audit events), the practitioners their appointments name, and the clinic.");
    }

    private static void Map(RouteGroupBuilder group, IFhirType type)
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

        var resources = new List<Hl7.Fhir.Model.Resource> { FhirTypes.Patient.ToResource(patient) };
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

    private static async Task<IResult> ReadAsync(IFhirType type, string id, HttpRequest request, BackPlanDb db, CancellationToken ct)
    {
        if (FhirResults.RefuseFormat(request) is { } refused)
        {
            return refused;
        }

        return await type.ReadAsync(db, id, ct) is { } resource ? FhirResults.Resource(resource) : FhirResults.NotFound(type.Name, id);
    }

    private static async Task<IResult> SearchAsync(IFhirType type, HttpRequest request, BackPlanDb db, Clinics.ClinicClock clock, CancellationToken ct)
    {
        var (page, refusal) = FhirSearch.Read(request, type);
        if (page is null)
        {
            return refusal!;
        }

        var includes = new List<FhirInclude>();
        foreach (var name in request.Query["_include"])
        {
            if (type.Includes.FirstOrDefault(i => i.Name == name) is not { } include)
            {
                return FhirSearch.Invalid($"_include={name} is not supported here; {type.Name} takes {(type.IncludeNames.Count == 0 ? "none" : string.Join(", ", type.IncludeNames))}.");
            }

            includes.Add(include);
        }

        // The clinic's zone costs a query: read it only when a date parameter will use it.
        var dated = type.Parameters.Any(p => p.Type == Hl7.Fhir.Model.SearchParamType.Date && request.Query.ContainsKey(p.Name));
        var context = new FhirSearchContext(db, dated ? await clock.ZoneAsync(ct) : NodaTime.DateTimeZone.Utc);
        var (matches, problem) = await type.SearchAsync(request.Query, context, page, ct);
        if (matches is null)
        {
            return FhirSearch.Invalid(problem!);
        }

        var included = new List<Hl7.Fhir.Model.Resource>();
        foreach (var include in includes.Distinct())
        {
            included.AddRange(await include.Load(matches.Page, db, ct));
        }

        return FhirResults.Resource(FhirSearch.Searchset(request, type.Name, matches.Total, page, matches.Page, included));
    }
}
