using System.Runtime.CompilerServices;
using BackPlan.Web.Data;
using BackPlan.Web.Platform.Auditing;
using Resource = Hl7.Fhir.Model.Resource;

namespace BackPlan.Web.Features.Fhir;

/// <summary>
/// One resource type served from several kinds of rows (Observation: scored questionnaires,
/// examinations, post-session soreness), one after the other. A search asks each source that knows
/// every parameter given; a value one source cannot use (another's code) matches nothing there, and
/// is refused only when no source can use it. Pages run on across the sources.
/// </summary>
public sealed class FhirUnion(string name, string auditAction, RouteIdKind auditIdKind, params IFhirType[] sources) : IFhirType
{
    public string Name => name;

    public string? AuditAction => auditAction;

    public RouteIdKind AuditIdKind => auditIdKind;

    public IReadOnlyList<FhirInclude> Includes { get; init; } = [];

    public IReadOnlyList<string> Operations => [];

    public IReadOnlyList<FhirSearchParameter> Parameters =>
        [.. sources.SelectMany(s => s.Parameters).DistinctBy(p => p.Name)];

    public async Task<List<Resource>> OfPatientAsync(BackPlanDb db, Guid patientId, CancellationToken ct)
    {
        var resources = new List<Resource>();
        foreach (var source in sources)
        {
            resources.AddRange(await source.OfPatientAsync(db, patientId, ct));
        }

        return resources;
    }

    public bool OfPatients => sources.Any(s => s.OfPatients);

    /// <summary>Each source's export in turn.</summary>
    public async IAsyncEnumerable<List<Resource>> ExportAsync(BackPlanDb db, IQueryable<Guid>? patients, DateTime? since, int pageSize, [EnumeratorCancellation] CancellationToken ct)
    {
        foreach (var source in sources)
        {
            await foreach (var page in source.ExportAsync(db, patients, since, pageSize, ct))
            {
                yield return page;
            }
        }
    }

    public async Task<Resource?> ReadAsync(BackPlanDb db, string id, CancellationToken ct)
    {
        foreach (var source in sources)
        {
            if (await source.ReadAsync(db, id, ct) is { } found)
            {
                return found;
            }
        }

        return null;
    }

    public async Task<(FhirMatches? Matches, string? Problem)> SearchAsync(IQueryCollection query, FhirSearchContext context, FhirPage page, CancellationToken ct)
    {
        var asked = Parameters.Select(p => p.Name).Where(query.ContainsKey).ToList();
        var (total, found, problem, answered) = (0, new List<Resource>(), (string?)null, false);
        foreach (var source in sources.Where(s => asked.All(a => s.Parameters.Any(p => p.Name == a))))
        {
            // Skip what earlier sources held; take what the page still lacks.
            var window = new FhirPage(page.Count - found.Count, Math.Max(0, page.Offset - total));
            var (matches, refused) = await source.SearchAsync(query, context, window, ct);
            if (matches is null)
            {
                problem ??= refused;
                continue;
            }

            answered = true;
            total += matches.Total;
            found.AddRange(matches.Page);
        }

        return answered ? (new FhirMatches(total, found), null) : (null, problem ?? "No kind of " + name + " takes these parameters together.");
    }
}
