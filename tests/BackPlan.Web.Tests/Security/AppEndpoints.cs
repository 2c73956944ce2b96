using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace BackPlan.Web.Tests.Security;

/// <summary>One endpoint of the running app as the security tests see it: its methods and route, read from the endpoint metadata.</summary>
public sealed record AppEndpoint(IReadOnlyList<string> Methods, string Route, RouteEndpoint Endpoint)
{
    /// <summary>How the endpoint is named in the authorization matrix: "GET /api/v1/patients/{id:guid}", "GET,POST /patients" (a page).</summary>
    public string Key => $"{string.Join(",", Methods)} {Route}";

    /// <summary>The method the tests call it with: GET for pages (their form posts go through the same endpoint and its authorization).</summary>
    public string CallMethod => Methods[0] == "*" ? "GET" : Methods[0];

    public bool IsApi => Route.StartsWith("/api/", StringComparison.Ordinal) || IsFhir;

    public bool IsFhir => Route == "/fhir" || Route.StartsWith("/fhir/", StringComparison.Ordinal);
}

public static class AppEndpoints
{
    /// <summary>
    /// Every routed endpoint of the app (minimal APIs and Blazor pages), except the static files that
    /// MapStaticAssets adds: their routes are relative file paths answering GET/HEAD only.
    /// </summary>
    public static IReadOnlyList<AppEndpoint> Of(IServiceProvider services) =>
        services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Select(e => new AppEndpoint(e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods.ToList() ?? ["*"], e.RoutePattern.RawText ?? "", e))
            .Where(e => e.Route.StartsWith('/') || e.Methods.Any(m => m is not ("GET" or "HEAD")))
            .DistinctBy(e => e.Key)
            .OrderBy(e => e.Route, StringComparer.Ordinal).ThenBy(e => e.Key, StringComparer.Ordinal)
            .ToList();
}
