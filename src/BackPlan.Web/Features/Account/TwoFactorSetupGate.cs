using BackPlan.Web.Platform;
using BackPlan.Web.Platform.Tenancy;
using Microsoft.AspNetCore.Authorization;

namespace BackPlan.Web.Features.Account;

/// <summary>Marks what an account may open before it has set up a second factor: the set-up page itself, signing out.</summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class TwoFactorSetupAllowedAttribute : Attribute;

/// <summary>
/// An account that must sign in with two factors but has not set one up (an admin's first sign-in,
/// or staff after their clinic turned the requirement on) gets nothing behind sign-in until it
/// has: pages send it to <see cref="TwoFactor.SetupPath"/>, APIs answer 403 saying so (decision 0036).
/// Public pages and assets are not behind sign-in and stay open.
/// </summary>
public sealed class TwoFactorSetupGate(RequestDelegate next)
{
    public const string ApiMessage = "This account must set up two-factor sign-in first: open /account/two-factor in a browser.";

    public Task InvokeAsync(HttpContext context)
    {
        if (!context.User.HasClaim(c => c.Type == BackPlanClaims.TwoFactorSetupDue) || !BehindSignIn(context.GetEndpoint()))
        {
            return next(context);
        }

        if (PlatformSetup.IsFhir(context.Request))
        {
            // An empty 403: the FHIR pipeline's status pages answer it with an OperationOutcome.
            context.Response.StatusCode = StatusCodes.Status403Forbidden;
            return Task.CompletedTask;
        }

        if (PlatformSetup.IsApi(context.Request))
        {
            return Results.Problem(statusCode: StatusCodes.Status403Forbidden, title: ApiMessage).ExecuteAsync(context);
        }

        var back = context.Request.Path + context.Request.QueryString;
        context.Response.Redirect($"{TwoFactor.SetupPath}?ReturnUrl={Uri.EscapeDataString(back)}");
        return Task.CompletedTask;
    }

    private static bool BehindSignIn(Endpoint? endpoint) =>
        endpoint is not null
        && endpoint.Metadata.GetMetadata<IAuthorizeData>() is not null
        && endpoint.Metadata.GetMetadata<IAllowAnonymous>() is null
        && endpoint.Metadata.GetMetadata<TwoFactorSetupAllowedAttribute>() is null;
}
