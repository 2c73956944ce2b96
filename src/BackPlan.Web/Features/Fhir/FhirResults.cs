using Hl7.Fhir.Model;

namespace BackPlan.Web.Features.Fhir;

/// <summary>How the FHIR endpoints answer: a resource as <c>application/fhir+json</c>, or an OperationOutcome with the right status.</summary>
public static class FhirResults
{
    public static IResult Resource(Resource resource, int status = StatusCodes.Status200OK) =>
        TypedResults.Text(FhirJson.Serialize(resource), FhirJson.MediaType, statusCode: status);

    public static IResult Outcome(int status, OperationOutcome.IssueType type, string diagnostics) =>
        Resource(OutcomeOf(type, diagnostics), status);

    public static OperationOutcome OutcomeOf(OperationOutcome.IssueType type, string diagnostics) => new()
    {
        Issue = [new OperationOutcome.IssueComponent { Severity = OperationOutcome.IssueSeverity.Error, Code = type, Diagnostics = diagnostics }],
    };

    public static IResult NotFound(string type, string id) =>
        Outcome(StatusCodes.Status404NotFound, OperationOutcome.IssueType.NotFound, $"{type}/{id} is not known, or not yours to see.");

    /// <summary>
    /// The FHIR answer for a status no endpoint wrote a body for (401, 403, 404 of an unknown path,
    /// 405): FHIR clients expect an OperationOutcome, not ProblemDetails.
    /// </summary>
    public static System.Threading.Tasks.Task WriteStatusAsync(HttpContext context)
    {
        var status = context.Response.StatusCode;
        var (type, text) = status switch
        {
            StatusCodes.Status401Unauthorized => (OperationOutcome.IssueType.Login, "Sign in first: send a bearer token from POST /api/v1/auth/token."),
            StatusCodes.Status403Forbidden => (OperationOutcome.IssueType.Forbidden, "Your account may not use this."),
            StatusCodes.Status404NotFound => (OperationOutcome.IssueType.NotSupported, $"{context.Request.Path} is not part of this server (see /fhir/metadata)."),
            StatusCodes.Status405MethodNotAllowed => (OperationOutcome.IssueType.NotSupported, $"{context.Request.Method} is not supported here (see /fhir/metadata)."),
            _ => (OperationOutcome.IssueType.Processing, $"The request failed with status {status}."),
        };
        context.Response.ContentType = FhirJson.MediaType;
        return context.Response.WriteAsync(FhirJson.Serialize(OutcomeOf(type, text)));
    }

    /// <summary>
    /// The server speaks FHIR JSON only: <c>_format</c> (json, application/fhir+json, application/json)
    /// or an Accept header that allows neither JSON nor anything gets 406.
    /// </summary>
    public static IResult? RefuseFormat(HttpRequest request)
    {
        var format = request.Query["_format"].ToString();
        if (format.Length > 0 && format is not ("json" or FhirJson.MediaType or "application/json"))
        {
            return Outcome(StatusCodes.Status406NotAcceptable, OperationOutcome.IssueType.NotSupported, $"_format={format} is not supported: this server answers in FHIR JSON (_format=json).");
        }

        var accept = request.GetTypedHeaders().Accept;
        if (format.Length == 0 && accept.Count > 0 && !accept.Any(a => a.MediaType.Value is "*/*" or FhirJson.MediaType or "application/json" or "application/*"))
        {
            return Outcome(StatusCodes.Status406NotAcceptable, OperationOutcome.IssueType.NotSupported, "This server answers in FHIR JSON: accept application/fhir+json.");
        }

        return null;
    }
}
