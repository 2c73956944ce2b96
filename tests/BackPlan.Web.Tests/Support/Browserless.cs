using System.Net;
using System.Text.RegularExpressions;
using BackPlan.Web.Features.Account;
using Microsoft.AspNetCore.Mvc.Testing;

namespace BackPlan.Web.Tests.Support;

/// <summary>Drives the server-rendered pages over HTTP like a browser without JavaScript: cookies, antiforgery, form posts.</summary>
public static partial class Browserless
{
    public static HttpClient NewClient(BackPlanApp app, bool followRedirects = true) =>
        app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = followRedirects, HandleCookies = true });

    public static async Task<HttpClient> SignedInAsync(BackPlanApp app, string email, string password = TestClinic.Password)
    {
        var client = NewClient(app);
        var response = await PostFormAsync(client, "/account/sign-in", "sign-in", new()
        {
            ["Input.Email"] = email,
            ["Input.Password"] = password,
        });
        response.EnsureSuccessStatusCode();
        if (response.RequestMessage?.RequestUri?.AbsolutePath == TwoFactor.CodePath)
        {
            // The second step, for accounts with two-factor sign-in (every admin).
            var code = TwoFactorKeys.CodeFor(email) ?? throw new InvalidOperationException($"{email} asks for a two-factor code, but its key is not known");
            var url = response.RequestMessage.RequestUri.PathAndQuery;
            response = await PostFormAsync(client, url, "sign-in-code", new() { ["Input.Code"] = code });
            response.EnsureSuccessStatusCode();
        }

        return client;
    }

    /// <summary>Loads the page, then posts its Blazor form (named <paramref name="formName"/>) with the antiforgery token.</summary>
    public static async Task<HttpResponseMessage> PostFormAsync(HttpClient client, string url, string formName, Dictionary<string, string> fields)
    {
        var page = await client.GetStringAsync(url);
        var body = new Dictionary<string, string>(fields)
        {
            ["_handler"] = formName,
            ["__RequestVerificationToken"] = AntiforgeryTokenOf(page) ?? throw new InvalidOperationException($"No antiforgery token on {url}"),
        };
        return await client.PostAsync(url, new FormUrlEncodedContent(body));
    }

    /// <summary>The antiforgery token of the page's (first) form, as a browser would post it; null when the page has no form.</summary>
    public static string? AntiforgeryTokenOf(string page) =>
        TokenPattern().Match(page) is { Success: true } token ? WebUtility.HtmlDecode(token.Groups[1].Value) : null;

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
