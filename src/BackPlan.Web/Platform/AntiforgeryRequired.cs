using Microsoft.AspNetCore.Antiforgery;

namespace BackPlan.Web.Platform;

/// <summary>
/// Form posts without a valid antiforgery token are refused with the error page, which says what
/// happened (a page open too long, or a form from another site) and what to do.
/// </summary>
public static class AntiforgeryRequired
{
    /// <summary>
    /// After the antiforgery middleware: a page's form post it found invalid goes no further, neither to
    /// a Blazor form (which would answer an empty 400) nor to an endpoint. APIs answer problems instead.
    /// </summary>
    public static IApplicationBuilder UseFormRefusalPage(this IApplicationBuilder app) => app.Use((context, next) =>
        context.Features.Get<IAntiforgeryValidationFeature>() is { IsValid: false } && !PlatformSetup.IsApi(context.Request)
            ? Refuse(context)
            : next(context));

    /// <summary>
    /// For a form post handled by an endpoint rather than a Blazor form (sign-out, recompute): the token
    /// is checked whatever the body's content type, because the antiforgery middleware only reads form
    /// bodies and a cross-site form can post text/plain.
    /// </summary>
    public static RouteHandlerBuilder RequireAntiforgery(this RouteHandlerBuilder builder) => builder
        .WithMetadata(new RequireAntiforgeryTokenAttribute())
        .AddEndpointFilter(async (context, next) =>
        {
            var http = context.HttpContext;
            var valid = http.Features.Get<IAntiforgeryValidationFeature>() is { } checkedForm
                ? checkedForm.IsValid
                : await http.RequestServices.GetRequiredService<IAntiforgery>().IsRequestValidAsync(http);
            if (valid)
            {
                return await next(context);
            }

            await Refuse(http);
            return Results.Empty;
        });

    // The error page is rendered by running the pipeline again with this request: as a GET, so that it
    // is a page view and not a second post of the refused form, and without the refused verdict.
    private static Task Refuse(HttpContext context)
    {
        context.Request.Method = HttpMethods.Get;
        context.Features.Set<IAntiforgeryValidationFeature>(null);
        context.Response.StatusCode = StatusCodes.Status400BadRequest;
        return Task.CompletedTask;
    }
}
