using System.Diagnostics.CodeAnalysis;

namespace BackPlan.Web.Platform;

/// <summary>
/// Where a "return to" address may send the browser: a path on this site, never another site
/// (OWASP ASVS 5.1.5). Browsers read "/\host" and "/&lt;tab&gt;/host" as "//host", so those are refused too.
/// </summary>
public static class LocalUrl
{
    public static string OrDefault(string? url, string fallback) => IsLocal(url) ? url : fallback;

    public static bool IsLocal([NotNullWhen(true)] string? url) =>
        url is { Length: > 0 } && url[0] == '/'
        && (url.Length == 1 || (url[1] != '/' && url[1] != '\\'))
        && !url.Any(char.IsControl);
}
