using System.Security.Claims;
using BackPlan.Web.Data;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Net.Http.Headers;

namespace BackPlan.Web.Features.Account;

/// <summary>
/// Right after authentication: a cookie or token that <see cref="SignInCheck"/> no longer accepts
/// (disabled account, revoked sessions) makes the request anonymous, so APIs answer 401 and pages
/// send the user to sign in; a stale cookie is removed.
/// </summary>
public sealed class SignInCheckMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context, SignInCheck check)
    {
        // The context is leased only on a cache miss, not on every signed-in request.
        if (context.User.Identity?.IsAuthenticated == true
            && !await check.IsCurrentAsync(context.User, () => context.RequestServices.GetRequiredService<BackPlanDb>()))
        {
            context.User = new ClaimsPrincipal(new ClaimsIdentity());
            if (!context.Request.Headers.ContainsKey(HeaderNames.Authorization))
            {
                await context.SignOutAsync(IdentityConstants.ApplicationScheme);
            }
        }

        await next(context);
    }
}
