using BackPlan.Web.Data;
using BackPlan.Web.Features.Patients;
using BackPlan.Web.Platform.Auditing;
using Microsoft.EntityFrameworkCore;

namespace BackPlan.Web.Features.Fhir;

/// <summary>
/// The FHIR R4 server at <c>/fhir</c> (Firely SDK resources): the CapabilityStatement, and read and
/// search of what <see cref="FhirCapability"/> lists. The query filters scope every read: staff see
/// their clinic, a patient only their own record (anything else is 404). Reads are audited.
/// </summary>
public static class FhirEndpoints
{
    private static readonly DateTimeOffset Started = DateTimeOffset.UtcNow;

    public static void MapFhir(this IEndpointRouteBuilder app)
    {
        var fhir = app.MapGroup("/fhir").WithTags("FHIR R4");
        fhir.MapGet("/metadata", Metadata).AllowAnonymous().HasNoPatientData()
            .WithSummary("The CapabilityStatement: what this FHIR server reads and searches.");
        var secured = fhir.MapGroup("").RequireAuthorization();
        secured.MapGet("/Patient/{id}", ReadPatient).AuditsPatientData("fhir.patient.read")
            .WithSummary("One Patient: staff of its clinic, or the patient.");
        secured.MapGet("/Patient", SearchPatients).AuditsPatientData("fhir.patient.search", routeKey: null)
            .WithSummary("Search Patients: _id, name, birthdate, _count, _offset.");
    }

    private static IResult Metadata(HttpRequest request) =>
        FhirResults.RefuseFormat(request) ?? FhirResults.Resource(FhirCapability.Statement(Started));

    private static async Task<IResult> ReadPatient(string id, HttpRequest request, BackPlanDb db, CancellationToken ct)
    {
        if (FhirResults.RefuseFormat(request) is { } refused)
        {
            return refused;
        }

        var patient = Guid.TryParse(id, out var key) ? await db.Patients.AsNoTracking().FirstOrDefaultAsync(p => p.Id == key, ct) : null;
        return patient is null ? FhirResults.NotFound("Patient", key) : FhirResults.Resource(PatientResource.From(patient));
    }

    private static async Task<IResult> SearchPatients(HttpRequest request, BackPlanDb db, CancellationToken ct)
    {
        var (page, refusal) = FhirSearch.Read(request, "Patient");
        if (page is null)
        {
            return refusal!;
        }

        var query = db.Patients.AsNoTracking();
        if (request.Query.TryGetValue("_id", out var ids))
        {
            var keys = ids.SelectMany(v => (v ?? "").Split(',')).Select(v => Guid.TryParse(v, out var g) ? g : Guid.Empty).ToList();
            query = query.Where(p => keys.Contains(p.Id));
        }

        if (request.Query.TryGetValue("name", out var names))
        {
            foreach (var name in names)
            {
                var term = Patient.NormaliseSearch(name ?? "");
                if (term.Length is 0 or > 100)
                {
                    return FhirSearch.Invalid("name must have 1 to 100 characters.");
                }

                query = PatientSearch.Matching(db, query, term);
            }
        }

        if (request.Query.TryGetValue("birthdate", out var births))
        {
            foreach (var value in births)
            {
                if (FhirDate.Parse(value) is not { } date)
                {
                    return FhirSearch.Invalid($"birthdate={value} is not a date search value: an optional prefix ({string.Join(", ", FhirDate.Prefixes)}) and YYYY, YYYY-MM or YYYY-MM-DD.");
                }

                query = query.Where(date.On<Patient>(p => p.DateOfBirth));
            }
        }

        var total = await query.CountAsync(ct);
        var found = await query.OrderBy(p => p.FamilyName).ThenBy(p => p.GivenName).ThenBy(p => p.Id)
            .Skip(page.Offset).Take(page.Count).ToListAsync(ct);
        return FhirResults.Resource(FhirSearch.Searchset(request, "Patient", total, page, found.Select(PatientResource.From)));
    }
}
