using System.Text;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.Extensions.Options;

namespace BackPlan.Web.Features.PublicSite;

/// <summary>
/// The "holes" in a cached public page: while a cacheable page renders, its forms get fixed
/// placeholders instead of the visitor's antiforgery token and signed start time
/// (<see cref="PlaceholderAntiforgery"/>, <see cref="FormTimer.Issue"/>), so the stored copy holds
/// nothing personal. Placed before the output cache, this middleware then fills every HTML
/// response holding a placeholder, fresh or from the cache, with this visitor's own values: the
/// antiforgery request token (setting the antiforgery cookie when the visitor has none) and a
/// start time signed now.
/// </summary>
public sealed class PerVisitorValues(RequestDelegate next, IAntiforgery antiforgery, FormTimer timer)
{
    public const string TokenPlaceholder = "backplan-per-visitor-antiforgery-token";
    public const string StampPlaceholder = "backplan-per-visitor-form-started";

    private static readonly byte[] Token = Encoding.ASCII.GetBytes(TokenPlaceholder);
    private static readonly byte[] Stamp = Encoding.ASCII.GetBytes(StampPlaceholder);

    /// <summary>True while a cacheable page renders: per-visitor values are placeholders then.</summary>
    public static bool RendersPlaceholders(HttpContext context) => context.Features.Get<PlaceholderRender>() is not null;

    public async Task InvokeAsync(HttpContext context)
    {
        if (!PublicPageCache.IsCacheablePage(context))
        {
            await next(context);
            return;
        }

        var body = context.Response.Body;
        using var buffer = new MemoryStream();
        context.Features.Set(PlaceholderRender.Instance);
        context.Response.Body = buffer;
        try
        {
            await next(context);
        }
        finally
        {
            context.Features.Set<PlaceholderRender>(null);
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

    private static byte[] Fill(ReadOnlySpan<byte> content, ReadOnlySpan<byte> placeholder, ReadOnlySpan<byte> value)
    {
        using var output = new MemoryStream(content.Length + 256);
        int at;
        while ((at = content.IndexOf(placeholder)) >= 0)
        {
            output.Write(content[..at]);
            output.Write(value);
            content = content[(at + placeholder.Length)..];
        }

        output.Write(content);
        return output.ToArray();
    }

    /// <summary>Marks a request whose render may be stored in the cache.</summary>
    internal sealed class PlaceholderRender
    {
        public static readonly PlaceholderRender Instance = new();
    }
}

/// <summary>
/// Antiforgery as the app uses it, except while a cacheable page renders: then the form's token is
/// <see cref="PerVisitorValues.TokenPlaceholder"/> and no cookie is set (the cached copy must be the same
/// for everyone); <see cref="PerVisitorValues"/> puts the visitor's own token in its place.
/// </summary>
internal sealed class PlaceholderAntiforgery(IAntiforgery inner, IOptions<AntiforgeryOptions> options) : IAntiforgery
{
    private readonly AntiforgeryTokenSet _placeholder = new(PerVisitorValues.TokenPlaceholder, null, options.Value.FormFieldName, options.Value.HeaderName);

    public AntiforgeryTokenSet GetAndStoreTokens(HttpContext httpContext) =>
        PerVisitorValues.RendersPlaceholders(httpContext) ? _placeholder : inner.GetAndStoreTokens(httpContext);

    public AntiforgeryTokenSet GetTokens(HttpContext httpContext) =>
        PerVisitorValues.RendersPlaceholders(httpContext) ? _placeholder : inner.GetTokens(httpContext);

    public Task<bool> IsRequestValidAsync(HttpContext httpContext) => inner.IsRequestValidAsync(httpContext);

    public Task ValidateRequestAsync(HttpContext httpContext) => inner.ValidateRequestAsync(httpContext);

    public void SetCookieTokenAndHeader(HttpContext httpContext) => inner.SetCookieTokenAndHeader(httpContext);
}
