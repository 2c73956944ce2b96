using System.Threading.RateLimiting;
using BackPlan.Web.Platform;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace BackPlan.Web.Features.Account;

/// <summary>
/// Sign-in attempts per client address: the page's password and code steps and the token API
/// together get <see cref="SignInCheckOptions.AttemptLimit"/> posts per
/// <see cref="SignInCheckOptions.AttemptWindow"/>. Lockout stops guessing one account's password
/// or code; this stops one address from trying many accounts (decision 0036). Nothing else is limited.
/// </summary>
public static class SignInThrottle
{
    public const string Message = "Too many sign-in attempts from this address. Wait a minute and try again.";

    public static RateLimitPartition<string> Partition(HttpContext context)
    {
        if (!HttpMethods.IsPost(context.Request.Method) || !IsSignIn(context.Request.Path))
        {
            return RateLimitPartition.GetNoLimiter("");
        }

        var limits = context.RequestServices.GetRequiredService<IOptions<SignInCheckOptions>>().Value;
        return RateLimitPartition.GetFixedWindowLimiter(
            context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
            _ => new FixedWindowRateLimiterOptions { PermitLimit = limits.AttemptLimit, Window = limits.AttemptWindow, QueueLimit = 0 });
    }

    /// <summary>APIs get a ProblemDetails; pages an empty 429, which the error page explains.</summary>
    public static ValueTask RejectAsync(OnRejectedContext context, CancellationToken ct)
    {
        var http = context.HttpContext;
        if (context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait))
        {
            http.Response.Headers.RetryAfter = ((int)Math.Ceiling(wait.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return PlatformSetup.IsApi(http.Request)
            ? new(Results.Problem(statusCode: StatusCodes.Status429TooManyRequests, title: Message).ExecuteAsync(http))
            : ValueTask.CompletedTask;
    }

    private static bool IsSignIn(PathString path) =>
        path.Equals(AccountApi.TokenPath, StringComparison.OrdinalIgnoreCase)
        || path.Equals(AccountApi.SignInPath, StringComparison.OrdinalIgnoreCase)
        || path.Equals(TwoFactor.CodePath, StringComparison.OrdinalIgnoreCase);
}
