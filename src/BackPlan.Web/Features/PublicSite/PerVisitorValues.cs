using System.Text;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.Extensions.Options;

namespace BackPlan.Web.Features.PublicSite;

/// <summary>
/// The "holes" in a cached public page: while a cacheable page renders, its forms get fixed
/// markers instead of the visitor's antiforgery token and signed start time
/// (<see cref="MarkerAntiforgery"/>, <see cref="FormTimer.Issue"/>), so the stored copy holds
/// nothing personal. Placed before the output cache, this middleware then fills every HTML
/// response holding a marker, fresh or from the cache, with this visitor's own values: the
/// antiforgery request token (setting the antiforgery cookie when the visitor has none) and a
/// start time signed now.
/// </summary>
public sealed class PerVisitorValues(RequestDelegate next, IAntiforgery antiforgery, FormTimer timer)
{
    public const string TokenMarker = "backplan-per-visitor-antiforgery-token";
    public const string StampMarker = "backplan-per-visitor-form-started";

    private static readonly byte[] Token = Encoding.ASCII.GetBytes(TokenMarker);
    private static readonly byte[] Stamp = Encoding.ASCII.GetBytes(StampMarker);

    /// <summary>True while a cacheable page renders: per-visitor values are markers then.</summary>
    public static bool RendersMarkers(HttpContext context) => context.Features.Get<MarkerRender>() is not null;

    public async Task InvokeAsync(HttpContext context)
    {
        if (!PublicPageCache.IsCacheablePage(context))
        {
            await next(context);
            return;
        }

        var body = context.Response.Body;
        using var buffer = new MemoryStream();
        context.Features.Set(MarkerRender.Instance);
        context.Response.Body = buffer;
        try
        {
            await next(context);
        }
        finally
        {
            context.Features.Set<MarkerRender>(null);
            context.Response.Body = body;
        }

        var html = context.Response.ContentType?.StartsWith("text/html", StringComparison.OrdinalIgnoreCase) == true;
        var content = buffer.GetBuffer().AsMemory(0, (int)buffer.Length);
        if (!html || (content.Span.IndexOf(Token) < 0 && content.Span.IndexOf(Stamp) < 0))
        {
            await body.WriteAsync(content, context.RequestAborted);
            return;
        }

        var filled = Fill(content.Span, Token, Encoding.ASCII.GetBytes(antiforgery.GetAndStoreTokens(context).RequestToken!));
        filled = Fill(filled, Stamp, Encoding.ASCII.GetBytes(timer.IssueNow()));
        if (context.Response.ContentLength is not null)
        {
            context.Response.ContentLength = filled.Length;
        }

        await body.WriteAsync(filled, context.RequestAborted);
    }

    private static byte[] Fill(ReadOnlySpan<byte> content, ReadOnlySpan<byte> marker, ReadOnlySpan<byte> value)
    {
        using var output = new MemoryStream(content.Length + 256);
        int at;
        while ((at = content.IndexOf(marker)) >= 0)
        {
            output.Write(content[..at]);
            output.Write(value);
            content = content[(at + marker.Length)..];
        }

        output.Write(content);
        return output.ToArray();
    }

    /// <summary>Marks a request whose render may be stored in the cache.</summary>
    internal sealed class MarkerRender
    {
        public static readonly MarkerRender Instance = new();
    }
}

/// <summary>
/// Antiforgery as the app uses it, except while a cacheable page renders: then the form's token is
/// <see cref="PerVisitorValues.TokenMarker"/> and no cookie is set (the cached copy must be the same
/// for everyone); <see cref="PerVisitorValues"/> puts the visitor's own token in its place.
/// </summary>
internal sealed class MarkerAntiforgery(IAntiforgery inner, IOptions<AntiforgeryOptions> options) : IAntiforgery
{
    private readonly AntiforgeryTokenSet _marker = new(PerVisitorValues.TokenMarker, null, options.Value.FormFieldName, options.Value.HeaderName);

    public AntiforgeryTokenSet GetAndStoreTokens(HttpContext httpContext) =>
        PerVisitorValues.RendersMarkers(httpContext) ? _marker : inner.GetAndStoreTokens(httpContext);

    public AntiforgeryTokenSet GetTokens(HttpContext httpContext) =>
        PerVisitorValues.RendersMarkers(httpContext) ? _marker : inner.GetTokens(httpContext);

    public Task<bool> IsRequestValidAsync(HttpContext httpContext) => inner.IsRequestValidAsync(httpContext);

    public Task ValidateRequestAsync(HttpContext httpContext) => inner.ValidateRequestAsync(httpContext);

    public void SetCookieTokenAndHeader(HttpContext httpContext) => inner.SetCookieTokenAndHeader(httpContext);
}
