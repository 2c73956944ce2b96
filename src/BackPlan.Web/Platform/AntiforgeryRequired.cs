using Microsoft.AspNetCore.Antiforgery;

namespace BackPlan.Web.Platform;

/// <summary>
/// For a form post handled by an endpoint rather than a Blazor form (sign-out, recompute). Blazor forms
/// check the token themselves; here the token is checked whatever the body's content type, because the
/// antiforgery middleware only looks at form bodies and a cross-site form can post text/plain.
/// </summary>
public static class AntiforgeryRequired
{
    public static RouteHandlerBuilder RequireAntiforgery(this RouteHandlerBuilder builder) => builder
        .WithMetadata(new RequireAntiforgeryTokenAttribute())
        .AddEndpointFilter(async (context, next) =>
        {
            if (await IsValidAsync(context.HttpContext))
            {
                return await next(context);
            }

            // The error page is rendered by running the pipeline again; it checks the form afresh.
            context.HttpContext.Features.Set<IAntiforgeryValidationFeature>(null);
            return Results.StatusCode(StatusCodes.Status400BadRequest);
        });

    private static async Task<bool> IsValidAsync(HttpContext http) =>
        // The middleware's verdict on a form body; any other body is checked here.
        http.Features.Get<IAntiforgeryValidationFeature>() is { } checkedForm
            ? checkedForm.IsValid
            : await http.RequestServices.GetRequiredService<IAntiforgery>().IsRequestValidAsync(http);
}
