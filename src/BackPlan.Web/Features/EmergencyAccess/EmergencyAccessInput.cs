namespace BackPlan.Web.Features.EmergencyAccess;

/// <summary>The reason form of <see cref="EmergencyAccessPage"/> and the body of <c>POST /api/v1/patients/{id}/emergency-access</c>.</summary>
public sealed class EmergencyAccessInput
{
    public string? Reason { get; set; }

    public Dictionary<string, string[]> Validate() =>
        EmergencyAccessRules.ReasonError(Reason) is { } error ? new() { [nameof(Reason)] = [error] } : [];
}
