using System.Security.Claims;
using BackPlan.Web.Features.Fhir;
using BackPlan.Web.Platform;
using BackPlan.Web.Platform.Auditing;
using BackPlan.Web.Platform.Tenancy;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace BackPlan.Web.Features.Account;

public static class AccountApi
{
    public static void MapAccountEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapPost(TokenPath, Token)
            .AllowAnonymous()
            .HasNoPatientData()
            .WithTags("Auth")
            .WithSummary("Exchange email and password (and a two-factor code when enabled) for a bearer token; \"scope\" may narrow its SMART-style scopes, and the answer says which were granted.");

        // Bearer only: a cookie session signs out with the page's form, which carries an antiforgery token.
        app.MapPost("/api/v1/auth/sign-out", RevokeTokens)
            .RequireAuthorization(new AuthorizeAttribute { AuthenticationSchemes = IdentityConstants.BearerScheme })
            .HasNoPatientData()
            .WithTags("Auth")
            .WithSummary("Sign out everywhere: revokes every token and ends every session of the caller's account.");
        app.MapPost("/account/sign-out", SignOut).RequireAuthorization().RequireAntiforgery().HasNoPatientData().ExcludeFromDescription()
            .WithMetadata(new TwoFactorSetupAllowedAttribute());
        app.MapGet("/culture/{code}", SetCulture).AllowAnonymous().HasNoPatientData().ExcludeFromDescription();
        app.MapGet(StartPath, Start).AllowAnonymous().HasNoPatientData().ExcludeFromDescription();
    }

    public const string TokenPath = "/api/v1/auth/token";

    public const string SignInPath = "/account/sign-in";

    /// <summary>Where a user lands after signing in: patients in the portal, staff in the workspace.</summary>
    public const string StartPath = "/start";

    private static RedirectHttpResult Start(HttpContext context) => TypedResults.LocalRedirect(
        context.User.Identity?.IsAuthenticated != true ? "/account/sign-in"
        : context.User.IsInRole(Roles.Patient) ? "/portal"
        : "/workspace");

    /// <summary>A sign-in; <c>Scope</c> asks for SMART-style scopes, space-separated (decision 0039), none = the role's full set.</summary>
    public sealed record TokenRequest(string? Email, string? Password, string? Code, string? Scope = null);

    /// <summary>The bearer token's answer: Identity's bearer token fields and the <c>scope</c> granted.</summary>
    public sealed record TokenAnswer(string TokenType, string AccessToken, long ExpiresIn, string RefreshToken, string Scope);

    private static async Task<Results<Ok<TokenAnswer>, ProblemHttpResult, ValidationProblem>> Token(
        TokenRequest request, UserManager<AppUser> users, SignInManager<AppUser> signIn, AccountAccess access, TwoFactor twoFactor,
        IOptionsMonitor<BearerTokenOptions> bearer)
    {
        var missing = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(request.Email))
        {
            missing["email"] = ["is required"];
        }

        if (string.IsNullOrEmpty(request.Password))
        {
            missing["password"] = ["is required"];
        }

        if (missing.Count > 0)
        {
            return TypedResults.ValidationProblem(missing);
        }

        var unauthorized = TypedResults.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "The email or password is not right.");
        var user = await users.FindByEmailAsync(request.Email!);
        if (user is null)
        {
            return unauthorized;
        }

        var check = await signIn.CheckPasswordSignInAsync(user, request.Password!, lockoutOnFailure: true);
        if (check.IsLockedOut)
        {
            return await access.LockoutReasonAsync(user, request.Password!) switch
            {
                AccountAccess.LockoutReason.Disabled => TypedResults.Problem(statusCode: StatusCodes.Status401Unauthorized, title: AccountAccess.DisabledMessage),
                AccountAccess.LockoutReason.WrongPassword => unauthorized,
                _ => LockedOut(),
            };
        }

        if (!check.Succeeded)
        {
            return unauthorized;
        }

        if (user.TwoFactorEnabled)
        {
            var outcome = await twoFactor.CheckAsync(user, request.Code);
            if (outcome != TwoFactor.Outcome.Accepted)
            {
                return outcome == TwoFactor.Outcome.LockedOut ? LockedOut() : TypedResults.Problem(statusCode: StatusCodes.Status401Unauthorized,
                    title: string.IsNullOrWhiteSpace(request.Code)
                        ? "This account needs a two-factor code: send it as \"code\" (six digits from the authenticator app, or a recovery code)."
                        : "The two-factor code is not right.");
            }
        }

        // Issue no token that could do nothing but be refused (TwoFactorSetupGate).
        var principal = await signIn.CreateUserPrincipalAsync(user);
        if (principal.HasClaim(c => c.Type == BackPlanClaims.TwoFactorSetupDue))
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: TwoFactorSetupGate.ApiMessage);
        }

        var (scope, refused) = FhirScopes.Grant(request.Scope, Roles.All.FirstOrDefault(principal.IsInRole));
        if (scope is null)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["scope"] = [refused!] });
        }

        ((ClaimsIdentity)principal.Identity!).AddClaim(new Claim(FhirScopes.ClaimType, scope));
        return TypedResults.Ok(Issue(principal, bearer.Get(IdentityConstants.BearerScheme), scope));
    }

    /// <summary>
    /// The tokens the bearer handler would write on sign-in (same protectors, lifetimes and ticket names,
    /// so it reads them back as before), issued here so the answer can also say which scope was granted.
    /// </summary>
    private static TokenAnswer Issue(ClaimsPrincipal principal, BearerTokenOptions options, string scope)
    {
        var now = (options.TimeProvider ?? TimeProvider.System).GetUtcNow();
        var access = options.BearerTokenProtector.Protect(new AuthenticationTicket(principal,
            new AuthenticationProperties { ExpiresUtc = now + options.BearerTokenExpiration }, $"{IdentityConstants.BearerScheme}:AccessToken"));
        var refresh = options.RefreshTokenProtector.Protect(new AuthenticationTicket(principal,
            new AuthenticationProperties { ExpiresUtc = now + options.RefreshTokenExpiration }, $"{IdentityConstants.BearerScheme}:RefreshToken"));
        return new("Bearer", access, (long)options.BearerTokenExpiration.TotalSeconds, refresh, scope);
    }

    private static ProblemHttpResult LockedOut() => TypedResults.Problem(statusCode: StatusCodes.Status401Unauthorized,
        title: "This account is locked after repeated failed sign-ins. Try again in 15 minutes or ask your clinic's admin.");

    private static async Task<RedirectHttpResult> SignOut(HttpContext context, SignInManager<AppUser> signIn, SignInCheck check)
    {
        await EndEverySessionAsync(context.User, signIn.UserManager, check);
        await signIn.SignOutAsync();
        return TypedResults.LocalRedirect("/");
    }

    private static async Task<NoContent> RevokeTokens(HttpContext context, UserManager<AppUser> users, SignInCheck check)
    {
        await EndEverySessionAsync(context.User, users, check);
        return TypedResults.NoContent();
    }

    /// <summary>
    /// Signing out ends every session and token of the account, not just this browser's cookie
    /// (issue 16, item 3): a new security stamp makes <see cref="SignInCheck"/> refuse every earlier one,
    /// on this instance at once and on others within its recheck interval. A password reset does the same.
    /// </summary>
    private static async Task EndEverySessionAsync(ClaimsPrincipal principal, UserManager<AppUser> users, SignInCheck check)
    {
        if (await users.GetUserAsync(principal) is { } user)
        {
            await users.UpdateSecurityStampAsync(user);
            check.Forget(user.Id);
        }
    }

    private static RedirectHttpResult SetCulture(string code, [FromQuery] string? returnUrl, HttpContext context)
    {
        if (PlatformSetup.Cultures.Any(c => c.Name == code))
        {
            context.Response.Cookies.Append(
                CookieRequestCultureProvider.DefaultCookieName,
                CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(code)),
                new CookieOptions { MaxAge = TimeSpan.FromDays(365), IsEssential = true, SameSite = SameSiteMode.Lax });
        }

        return TypedResults.LocalRedirect(LocalUrl.OrDefault(returnUrl, "/"));
    }
}
