using System.Security.Claims;

namespace BackPlan.Web.Platform.Tenancy;

/// <summary>
/// Who is asking, read from the signed-in principal. Feeds the clinic and patient query filters,
/// so no query can forget them.
/// </summary>
public sealed class CurrentUser(IHttpContextAccessor accessor)
{
    private Guid? _systemClinic;

    public ClaimsPrincipal? Principal => accessor.HttpContext?.User;

    public bool IsAuthenticated => Principal?.Identity?.IsAuthenticated == true;

    public string? UserId => Principal?.FindFirstValue(ClaimTypes.NameIdentifier);

    public string? UserName => Principal?.FindFirstValue(BackPlanClaims.DisplayName) ?? Principal?.Identity?.Name;

    public string? Role => Roles.All.FirstOrDefault(r => Principal?.IsInRole(r) == true);

    /// <summary>An anonymous request from the public website (also while it acts for the public clinic).</summary>
    public bool IsVisitor => accessor.HttpContext is not null && !IsAuthenticated;

    public bool IsPatient => Principal?.IsInRole(Roles.Patient) == true;

    public Guid? ClinicId => _systemClinic ?? ParseGuid(BackPlanClaims.ClinicId);

    /// <summary>
    /// The patient a Patient-role user is. A patient account without a link sees nothing
    /// (Guid.Empty matches no row) rather than everything.
    /// </summary>
    public Guid? PatientId => IsPatient && _systemClinic is null ? ParseGuid(BackPlanClaims.PatientId) ?? Guid.Empty : null;

    public string? ClientIp => accessor.HttpContext?.Connection.RemoteIpAddress?.ToString();

    /// <summary>For work done by the system on behalf of one clinic (seeding, background jobs).</summary>
    public void ActForClinic(Guid clinicId) => _systemClinic = clinicId;

    private Guid? ParseGuid(string claim) =>
        Guid.TryParse(Principal?.FindFirstValue(claim), out var id) ? id : null;
}
