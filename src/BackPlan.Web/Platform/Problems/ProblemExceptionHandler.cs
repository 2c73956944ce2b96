using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace BackPlan.Web.Platform.Problems;

/// <summary>
/// API failures become RFC 9457 ProblemDetails without stack traces. A malformed request is the
/// client's 400; anything else is logged and answered as a plain 500. Pages fall through to /error.
/// </summary>
public sealed class ProblemExceptionHandler(IProblemDetailsService problems, ILogger<ProblemExceptionHandler> log) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        // The middleware has already pointed Request.Path at /error; the feature keeps the original.
        var path = httpContext.Features.Get<IExceptionHandlerFeature>()?.Path ?? httpContext.Request.Path;
        if (!path.StartsWith("/api/", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var problem = exception switch
        {
            BadHttpRequestException { InnerException: System.Text.Json.JsonException { Path.Length: > 2 } json } bad when !IsSyntaxError(json) => new HttpValidationProblemDetails(
                new Dictionary<string, string[]> { [json.Path![2..]] = ["has the wrong type or format for this field"] })
            {
                Status = bad.StatusCode,
                Title = "The request could not be read.",
                Detail = Describe(bad),
            },
            BadHttpRequestException bad => new ProblemDetails
            {
                Status = bad.StatusCode,
                Title = "The request could not be read.",
                Detail = Describe(bad),
            },
            _ => new ProblemDetails
            {
                Status = StatusCodes.Status500InternalServerError,
                Title = "Something went wrong on our side. The error has been logged.",
            },
        };
        problem.Instance = path;
        if (problem.Status == StatusCodes.Status500InternalServerError)
        {
            log.LogError(exception, "Unhandled error for {Method} {Path}", httpContext.Request.Method, httpContext.Request.Path);
        }

        httpContext.Response.StatusCode = problem.Status ?? 500;
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = httpContext, ProblemDetails = problem });
    }

    // Say what was wrong in the client's terms, without the framework's internals.
    private static string Describe(BadHttpRequestException bad) => bad.InnerException switch
    {
        System.Text.Json.JsonException json => $"The body is not valid JSON for this request: {JsonProblem(json)}",
        _ when bad.Message.Contains("no body was provided", StringComparison.Ordinal) => "This request needs a JSON body.",
        _ => bad.Message,
    };

    // System.Text.Json's reader exception type is internal: a syntax error is not one field's fault.
    private static bool IsSyntaxError(System.Text.Json.JsonException json) =>
        json.InnerException?.GetType().Name == "JsonReaderException";

    // The serializer's own message names our types; the client needs the field and the position.
    private static string JsonProblem(System.Text.Json.JsonException json) =>
        json.Path is { Length: > 2 } path && !IsSyntaxError(json)
            ? $"{path[2..]} has the wrong type or format (line {json.LineNumber + 1}, position {json.BytePositionInLine + 1})."
            : json.Message.Split(" Path:")[0];
}
