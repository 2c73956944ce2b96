using Microsoft.AspNetCore.Components;

namespace BackPlan.Web.Components.Shared;

/// <summary>
/// Links to an element of the page being shown. The app sets &lt;base href="/"&gt;, so a bare
/// "#id" resolves to the home page: the link must carry the page's own path. Pair it with
/// data-enhance-nav="false" so the browser follows it and moves focus, not enhanced navigation
/// (which only scrolls).
/// </summary>
public static class InPageLinks
{
    public static string To(NavigationManager nav, string id)
    {
        ArgumentNullException.ThrowIfNull(nav);
        var here = new Uri(nav.Uri);
        return $"{here.AbsolutePath}{here.Query}#{Uri.EscapeDataString(id)}";
    }
}
