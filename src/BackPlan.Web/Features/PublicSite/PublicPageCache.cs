using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Options;

namespace BackPlan.Web.Features.PublicSite;

/// <summary>
/// The anonymous public pages served from ASP.NET Core's output cache (docs/decisions/0023).
/// A page opts in with <c>[OutputCache(PolicyName = PublicPageCache.Policy)]</c>, an endpoint with
/// <c>.CacheOutput(PublicPageCache.Policy)</c>. Only anonymous GET/HEAD answered 200 without a cookie
/// are stored, one copy per language; every saved change to what the site shows evicts them all
/// (<see cref="PublicSiteEviction"/>). Forms on cached pages get their antiforgery token and signed
/// start time per visitor from <see cref="PerVisitorValues"/>.
/// </summary>
public static class PublicPageCache
{
    public const string Policy = "public-site";

    /// <summary>The tag of every cached public response: evicting it empties the public cache.</summary>
    public const string Tag = "public-site";

    public static IServiceCollection AddPublicPageCache(this IServiceCollection services)
    {
        services.AddOutputCache(o => o.AddPolicy(Policy, new PublicPagePolicy()));
        services.AddSingleton<PublicSiteSchedule>();
        // Cacheable renders get marker tokens; PerVisitorValues fills in the visitor's own.
        services.AddAntiforgery();
        var inner = services.Last(d => d.ServiceType == typeof(IAntiforgery));
        services.Remove(inner);
        services.AddSingleton<IAntiforgery>(sp => new MarkerAntiforgery(Create(sp, inner), sp.GetRequiredService<IOptions<AntiforgeryOptions>>()));
        return services;
    }

    /// <summary>The visitor's own form values, then the cache (after routing and authentication).</summary>
    public static IApplicationBuilder UsePublicPageCache(this IApplicationBuilder app)
    {
        app.UseMiddleware<PerVisitorValues>();
        return app.UseOutputCache();
    }

    /// <summary>
    /// True when this request may be answered from, and stored in, the public cache: an anonymous
    /// GET or HEAD (no bearer token, no signed-in cookie). Personal pages never come from the cache.
    /// </summary>
    public static bool IsAnonymousRead(HttpContext context) =>
        (HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method))
        && string.IsNullOrEmpty(context.Request.Headers.Authorization)
        && context.User.Identity?.IsAuthenticated != true;

    /// <summary>True for an anonymous read of a page (a Razor component) using the public policy: its render may be stored.</summary>
    public static bool IsCacheablePage(HttpContext context) =>
        IsAnonymousRead(context) && context.GetEndpoint()?.Metadata.GetMetadata<OutputCacheAttribute>() is { PolicyName: Policy };

    /// <summary>The language the page renders in (cookie, ?culture= or Accept-Language, as resolved).</summary>
    public static string Culture(HttpContext context) =>
        context.Features.Get<IRequestCultureFeature>()?.RequestCulture.UICulture.Name ?? System.Globalization.CultureInfo.CurrentUICulture.Name;

    private static IAntiforgery Create(IServiceProvider sp, ServiceDescriptor descriptor) => (IAntiforgery)(
        descriptor.ImplementationInstance
        ?? descriptor.ImplementationFactory?.Invoke(sp)
        ?? ActivatorUtilities.CreateInstance(sp, descriptor.ImplementationType!));
}
