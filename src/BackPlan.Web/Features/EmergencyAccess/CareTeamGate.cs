using BackPlan.Web.Data;
using BackPlan.Web.Features.Fhir;
using BackPlan.Web.Platform;
using BackPlan.Web.Platform.Auditing;
using BackPlan.Web.Platform.Tenancy;
using Hl7.Fhir.Model;

namespace BackPlan.Web.Features.EmergencyAccess;

/// <summary>
/// Keeps a practitioner outside a patient's care team out of that patient's clinical record until
/// they break the glass (decision 0040). One place, driven by the same metadata as the read audit:
/// every page and endpoint that shows one patient's data (<see cref="AuditsPatientDataAttribute"/>
/// with a route id), and FHIR searches narrowed to one patient. Pages send the practitioner to the
/// reason form; the API answers 403 with <see cref="EmergencyAccessRules.ProblemType"/>; FHIR an
/// OperationOutcome. Lists of many patients stay open (finding the patient is not reading them).
/// </summary>
public sealed class CareTeamGate(RequestDelegate next)
{
    public const string ApiTitle = "This patient is not on your care team: emergency access with a reason is needed first.";

    // Scheduling and the front-desk inbox, not the clinical record: every practitioner books and moves visits.
    private static readonly HashSet<string> NotClinical = ["appointment.read", "fhir.appointment.read", "fhir.appointment.search", "patient.waitlist", "inquiry.read"];

    public async System.Threading.Tasks.Task InvokeAsync(HttpContext context)
    {
        var marker = context.GetEndpoint()?.Metadata.GetMetadata<AuditsPatientDataAttribute>();
        if (marker is null || NotClinical.Contains(marker.Action) || !context.User.IsInRole(Roles.Practitioner)
            || await PatientOfAsync(context, marker) is not { } patientId
            || await context.RequestServices.GetRequiredService<CareTeam>().MayOpenAsync(patientId, context.RequestAborted))
        {
            await next(context);
            return;
        }

        var api = $"/api/v1/patients/{patientId}/emergency-access";
        if (PlatformSetup.IsFhir(context.Request))
        {
            await FhirResults.Outcome(StatusCodes.Status403Forbidden, OperationOutcome.IssueType.Forbidden, $"{ApiTitle} POST {api} with a reason.").ExecuteAsync(context);
        }
        else if (PlatformSetup.IsApi(context.Request))
        {
            await Results.Problem(statusCode: StatusCodes.Status403Forbidden, title: ApiTitle, type: EmergencyAccessRules.ProblemType,
                detail: $"POST {api} with {{ \"reason\": \"...\" }} to open the record for {EmergencyAccessRules.GrantHours} hours; the clinic's admins are told.",
                extensions: new Dictionary<string, object?> { ["emergencyAccess"] = api, ["patientId"] = patientId }).ExecuteAsync(context);
        }
        else
        {
            string back = context.Request.Method == HttpMethods.Get ? context.Request.Path + context.Request.QueryString : $"/patients/{patientId}";
            context.Response.Redirect($"{EmergencyAccessRules.PagePath(patientId)}?returnUrl={Uri.EscapeDataString(back)}");
        }
    }

    /// <summary>The one patient the request is about: the route id's, or a FHIR search's <c>patient</c>/<c>subject</c>.</summary>
    private static async Task<Guid?> PatientOfAsync(HttpContext context, AuditsPatientDataAttribute marker)
    {
        var db = context.RequestServices.GetRequiredService<BackPlanDb>();
        if (marker.RouteKey is not null)
        {
            return PatientReadAuditMiddleware.RouteIdOf(context, marker) is { } id ? await PatientReadAuditMiddleware.PatientOfAsync(db, marker.IdKind, id) : null;
        }

        if (!PlatformSetup.IsFhir(context.Request))
        {
            return null;
        }

        var named = context.Request.Query["patient"].FirstOrDefault() ?? context.Request.Query["subject"].FirstOrDefault();
        var text = named?.StartsWith("Patient/", StringComparison.Ordinal) == true ? named["Patient/".Length..] : named;
        return Guid.TryParse(text, out var patient) ? patient : null;
    }
}
