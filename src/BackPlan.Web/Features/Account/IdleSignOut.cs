using System.Security.Claims;
using BackPlan.Web.Platform;
using BackPlan.Web.Platform.Auditing;
using BackPlan.Web.Platform.Tenancy;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace BackPlan.Web.Features.Account;

/// <summary>Security:IdleSignOut: how long a browser session may sit unused (decision 0030).</summary>
public sealed class IdleSignOutOptions
{
    public const string Section = "Security:IdleSignOut";

    /// <summary>Staff (admins, practitioners, front desk): 15 minutes, as certified EHRs default to.</summary>
    public TimeSpan Staff { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>Patients in the portal: they read their own record, often on a phone.</summary>
    public TimeSpan Patients { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>How long before the sign-out the page warns and offers to stay signed in.</summary>
    public TimeSpan Warning { get; set; } = TimeSpan.FromMinutes(2);

    public TimeSpan For(ClaimsPrincipal user) => user.IsInRole(Roles.Patient) ? Patients : Staff;

    /// <summary>
    /// When the page itself signs out: a minute before the limit. The server's idle clock may run up to a
    /// minute ahead (<see cref="IdleSignOut"/>), and the page's sign-out form must reach the server while its
    /// session (and the form's antiforgery token, which names the user) is still valid.
    /// </summary>
    public TimeSpan InBrowserFor(ClaimsPrincipal user) => For(user) - IdleSignOut.RenewAfter;
}

/// <summary>
/// Automatic log-off (ONC §170.315(d)(5), HIPAA §164.312(a)(2)(iii)). The sign-in cookie is issued
/// again at most once a minute while the browser is used, so its issue time is the last activity within a
/// minute; a cookie older than the idle limit is refused and deleted, and the page asks to sign in again
/// with a notice why. Pages count down in the browser (wwwroot/app.js) and warn before the limit; "Stay
/// signed in" calls <see cref="KeepAlivePath"/>. Bearer tokens (scripts, apps) keep their own one-hour
/// lifetime: there is no person at a screen to time out.
/// </summary>
public static class IdleSignOut
{
    public const string KeepAlivePath = "/account/keep-alive";
    public const string SignOutPath = "/account/idle-sign-out";

    /// <summary>The sign-in page's query flag that shows why the user has to sign in again.</summary>
    public const string Flag = "idle";

    /// <summary>Where an idle sign-out lands, from the server or from the page's script.</summary>
    public const string SignedOutPage = $"/account/sign-in?{Flag}=1";

    private static readonly object TimedOut = new();

    /// <summary>
    /// How often a used session's cookie is issued again. Every request would send a Set-Cookie with
    /// every answer; once a minute bounds the error of the idle clock to a minute (early, never late).
    /// </summary>
    public static readonly TimeSpan RenewAfter = TimeSpan.FromMinutes(1);

    public static void Configure(CookieAuthenticationOptions cookie)
    {
        // Identity's own check (the security stamp) runs first; a refused session needs no idle check.
        var earlier = cookie.Events.OnValidatePrincipal;
        cookie.Events.OnValidatePrincipal = async context =>
        {
            await earlier(context);
            if (context.Principal is { } user && context.Properties.IssuedUtc is { } issued)
            {
                await CheckAsync(context, user, issued);
            }
        };
    }

    /// <summary>Adds the notice flag when the sign-in redirect follows an idle time-out.</summary>
    public static string RedirectUri(HttpContext http, string redirectUri) =>
        http.Items.ContainsKey(TimedOut) ? Microsoft.AspNetCore.WebUtilities.QueryHelpers.AddQueryString(redirectUri, Flag, "1") : redirectUri;

    public static void MapIdleSignOutEndpoints(this IEndpointRouteBuilder app)
    {
        // The cookie's check above renews the session; the answer itself says nothing.
        app.MapGet(KeepAlivePath, (HttpContext http) =>
            {
                http.Response.Headers.CacheControl = "no-store";
                return TypedResults.NoContent();
            })
            .RequireAuthorization().HasNoPatientData().ExcludeFromDescription()
            .WithMetadata(new TwoFactorSetupAllowedAttribute());

        // This browser only: the other sessions of the account may be in use elsewhere (the sign-out
        // button, by contrast, ends them all). Anonymous allowed: ending what has already ended is no error.
        app.MapPost(SignOutPath, async (HttpContext http) =>
            {
                await http.SignOutAsync(IdentityConstants.ApplicationScheme);
                return TypedResults.LocalRedirect(SignedOutPage);
            })
            .AllowAnonymous().RequireAntiforgery().HasNoPatientData().ExcludeFromDescription();
    }

    private static async Task CheckAsync(CookieValidatePrincipalContext context, ClaimsPrincipal user, DateTimeOffset issued)
    {
        var limit = context.HttpContext.RequestServices.GetRequiredService<IOptions<IdleSignOutOptions>>().Value.For(user);
        var now = context.Options.TimeProvider?.GetUtcNow() ?? DateTimeOffset.UtcNow;
        if (now - issued >= limit)
        {
            context.RejectPrincipal();
            context.HttpContext.Items[TimedOut] = true;
            await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
        }
        else if (now - issued >= RenewAfter)
        {
            context.ShouldRenew = true;
        }
    }
}
