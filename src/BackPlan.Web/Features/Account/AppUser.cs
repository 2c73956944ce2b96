using Microsoft.AspNetCore.Identity;

namespace BackPlan.Web.Features.Account;

/// <summary>A sign-in: staff member or patient. Clinic and patient links become claims.</summary>
public sealed class AppUser : IdentityUser
{
    public Guid? ClinicId { get; set; }

    /// <summary>Set for Patient-role accounts: the patient record this person is.</summary>
    public Guid? PatientId { get; set; }

    public string DisplayName { get; set; } = "";
}
