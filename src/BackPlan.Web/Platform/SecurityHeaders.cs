namespace BackPlan.Web.Platform;

/// <summary>
/// The response headers every answer carries (OWASP ASVS 14.4; docs/decisions/0029-security-headers-and-hardening.md).
/// Scripts come only from our own origin: no inline script, no eval, nothing from another site. Styles
/// may be inline (Blazor and Radzen set style attributes); an injected style cannot run code. Images
/// may come from any HTTPS site, as an article's author links them; an image runs no code either.
/// Set when the response starts, so error pages and cached pages carry them too.
/// </summary>
public static class SecurityHeaders
{
    public const string Policy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: https:; font-src 'self'; "
        + "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) => app.Use(static (context, next) =>
    {
        context.Response.OnStarting(static state =>
        {
            var context = (HttpContext)state;
            var headers = context.Response.Headers;
            headers.ContentSecurityPolicy = context.Features.Get<OwnPolicy>()?.Value ?? Policy;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY"; // for browsers older than frame-ancestors
            // Page addresses hold patient and episode ids: another site never sees them.
            headers["Referrer-Policy"] = "same-origin";
            headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=(), payment=(), usb=()";
            headers["Cross-Origin-Opener-Policy"] = "same-origin";
            return Task.CompletedTask;
        }, context);
        return next(context);
    });

    /// <summary>A page we do not render ourselves (the API reference) allows exactly its own inline scripts.</summary>
    public static void Override(HttpContext context, string policy) => context.Features.Set(new OwnPolicy(policy));

    // A feature rather than HttpContext.Items: reading Items would create its dictionary on every request.
    private sealed record OwnPolicy(string Value);
}
