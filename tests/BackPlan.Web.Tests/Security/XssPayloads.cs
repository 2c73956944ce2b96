namespace BackPlan.Web.Tests.Security;

/// <summary>The script payloads typed into free-text fields (shared with the browser tests, which link this file).</summary>
public static class XssPayloads
{
    public static readonly string[] All =
    [
        "<script>alert(1)</script>",
        "\"><img src=x onerror=alert(1)>",
        "'><svg onload=alert(1)>",
        "javascript:alert(1)",
    ];

    /// <summary>The markup payloads at once, then a marker naming the field (e.g. <c>xss:note-plan</c>), so a test can tell which fields a page showed.</summary>
    public static string For(string field) => $"{All[0]}{All[1]}{All[2]} xss:{field}";
}
