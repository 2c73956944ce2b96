using System.Globalization;
using Hl7.Fhir.Model;
using Microsoft.AspNetCore.WebUtilities;

namespace BackPlan.Web.Features.Fhir;

/// <summary>A search's page: how many entries (<c>_count</c>) after how many (<c>_offset</c>).</summary>
public sealed record FhirPage(int Count, int Offset)
{
    public const int DefaultCount = 20;
    public const int MaxCount = 100;
}

/// <summary>
/// What every FHIR search shares: only the parameters the CapabilityStatement lists (others get 400,
/// unless <c>Prefer: handling=lenient</c>), the page, and the searchset Bundle with its links.
/// </summary>
public static class FhirSearch
{
    /// <summary>The page asked for, or the OperationOutcome that refuses the request.</summary>
    public static (FhirPage? Page, IResult? Refusal) Read(HttpRequest request, IFhirType type)
    {
        if (FhirResults.RefuseFormat(request) is { } refused)
        {
            return (null, refused);
        }

        var accepted = FhirCapability.Accepted(type);
        var lenient = request.Headers["Prefer"].ToString().Contains("handling=lenient", StringComparison.OrdinalIgnoreCase);
        var unknown = request.Query.Keys.Where(k => !accepted.Contains(k)).Order(StringComparer.Ordinal).ToList();
        if (unknown.Count > 0 && !lenient)
        {
            return (null, Invalid($"Not a search parameter of {type.Name} here: {string.Join(", ", unknown)}. Supported: {string.Join(", ", accepted.Order(StringComparer.Ordinal))}."));
        }

        var count = Number(request, "_count") ?? FhirPage.DefaultCount;
        var offset = Number(request, "_offset") ?? 0;
        if (count is < 1 or > FhirPage.MaxCount)
        {
            return (null, Invalid($"_count must be a whole number from 1 to {FhirPage.MaxCount}."));
        }

        if (offset < 0)
        {
            return (null, Invalid("_offset must be a whole number, 0 or more."));
        }

        return (new FhirPage(count, offset), null);
    }

    /// <summary>A 400 OperationOutcome for a search value the server cannot use.</summary>
    public static IResult Invalid(string diagnostics) =>
        FhirResults.Outcome(StatusCodes.Status400BadRequest, OperationOutcome.IssueType.Invalid, diagnostics);

    public static Bundle Searchset(HttpRequest request, string type, int total, FhirPage page, IEnumerable<Resource> resources, IEnumerable<Resource>? included = null)
    {
        var root = Root(request);
        var bundle = new Bundle
        {
            Type = Bundle.BundleType.Searchset,
            Total = total,
            Entry = [.. resources.Select(r => Entry(root, r, Bundle.SearchEntryMode.Match)), .. (included ?? []).Select(r => Entry(root, r, Bundle.SearchEntryMode.Include))],
        };
        bundle.Link.Add(new Bundle.LinkComponent { Relation = "self", Url = Link(root, type, request, page.Offset) });
        if (page.Offset + page.Count < total)
        {
            bundle.Link.Add(new Bundle.LinkComponent { Relation = "next", Url = Link(root, type, request, page.Offset + page.Count) });
        }

        if (page.Offset > 0)
        {
            bundle.Link.Add(new Bundle.LinkComponent { Relation = "previous", Url = Link(root, type, request, Math.Max(0, page.Offset - page.Count)) });
        }

        return bundle;
    }

    /// <summary>The base of this server's FHIR addresses, e.g. <c>https://clinic.example/fhir</c>.</summary>
    public static string Root(HttpRequest request) => $"{request.Scheme}://{request.Host}{request.PathBase}/fhir";

    public static Bundle.EntryComponent Entry(string root, Resource resource, Bundle.SearchEntryMode mode) => new()
    {
        FullUrl = $"{root}/{resource.TypeName}/{resource.Id}",
        Resource = resource,
        Search = new Bundle.SearchComponent { Mode = mode },
    };

    private static string Link(string root, string type, HttpRequest request, int offset)
    {
        var query = request.Query.Where(q => q.Key != "_offset").SelectMany(q => q.Value.Select(v => new KeyValuePair<string, string?>(q.Key, v)))
            .Append(new("_offset", offset.ToString(CultureInfo.InvariantCulture)));
        return QueryHelpers.AddQueryString($"{root}/{type}", query);
    }

    private static int? Number(HttpRequest request, string name) =>
        request.Query.TryGetValue(name, out var value)
            ? int.TryParse(value.ToString(), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : -1
            : null;
}
