namespace BackPlan.Web.Platform.Auditing;

/// <summary>
/// Writes the read audit for every endpoint or page marked <see cref="AuditsPatientDataAttribute"/>,
/// after it answered successfully. One place, so an endpoint cannot forget.
/// </summary>
public sealed class PatientReadAuditMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context, AuditLog audit)
    {
        await next(context);
        var marker = context.GetEndpoint()?.Metadata.GetMetadata<AuditsPatientDataAttribute>();
        if (marker is null || context.Response.StatusCode >= 400 || context.User.Identity?.IsAuthenticated != true)
        {
            return;
        }

        Guid? patientId = marker.RouteKey is { } key && Guid.TryParse(context.GetRouteValue(key)?.ToString(), out var id) ? id : null;
        var query = context.Request.QueryString.HasValue ? context.Request.QueryString.Value : null;
        // Not RequestAborted: a client that hangs up after reading still read the data.
        await audit.RecordAsync(marker.Action, patientId, query, CancellationToken.None);
    }
}
