using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace BackPlan.Web.Platform;

/// <summary>
/// The API reference page is Scalar's HTML with an inline module script that starts it. Rather than
/// allow every inline script there, its answer is read before it is sent and the policy names the
/// SHA-256 of each inline script it holds, so the page works and an injected script still would not.
/// </summary>
public static partial class ApiReferencePolicy
{
    public static IApplicationBuilder UseApiReferencePolicy(this IApplicationBuilder app, PathString path) =>
        // Only the page (no file extension); its scripts and styles are files and pass straight through.
        app.UseWhen(c => c.Request.Path.StartsWithSegments(path) && !Path.HasExtension(c.Request.Path.Value), page => page.Use(async (context, next) =>
        {
            var original = context.Response.Body;
            using var buffer = new MemoryStream();
            context.Response.Body = buffer;
            try
            {
                await next(context);
            }
            finally
            {
                context.Response.Body = original;
            }

            if (context.Response.ContentType?.StartsWith("text/html", StringComparison.OrdinalIgnoreCase) == true)
            {
                SecurityHeaders.Override(context, WithHashesOf(Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length)));
            }

            buffer.Position = 0;
            await buffer.CopyToAsync(original, context.RequestAborted);
        }));

    /// <summary>The site's policy, with script-src also naming each inline script of <paramref name="html"/>.</summary>
    public static string WithHashesOf(string html)
    {
        var hashes = InlineScript().Matches(html)
            .Select(m => $"'sha256-{Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(m.Groups["body"].Value)))}'");
        return SecurityHeaders.Policy.Replace("script-src 'self'", string.Join(' ', ["script-src 'self'", .. hashes]), StringComparison.Ordinal);
    }

    [GeneratedRegex("<script(?![^>]*\\bsrc\\s*=)[^>]*>(?<body>.*?)</script>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex InlineScript();
}
