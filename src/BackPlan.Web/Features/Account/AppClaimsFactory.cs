using System.Security.Claims;
using BackPlan.Web.Platform.Tenancy;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace BackPlan.Web.Features.Account;

/// <summary>
/// Puts the clinic, patient link and display name into the cookie and bearer token, and marks an
/// account that must set up two-factor sign-in before anything else (<see cref="TwoFactorSetupGate"/>).
/// </summary>
public sealed class AppClaimsFactory(UserManager<AppUser> users, RoleManager<IdentityRole> roles, IOptions<IdentityOptions> options, TwoFactor twoFactor)
    : UserClaimsPrincipalFactory<AppUser, IdentityRole>(users, roles, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(AppUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        if (user.ClinicId is { } clinic)
        {
            identity.AddClaim(new Claim(BackPlanClaims.ClinicId, clinic.ToString()));
        }

        if (user.PatientId is { } patient)
        {
            identity.AddClaim(new Claim(BackPlanClaims.PatientId, patient.ToString()));
        }

        identity.AddClaim(new Claim(BackPlanClaims.DisplayName, user.DisplayName));
        if (!user.TwoFactorEnabled
            && await twoFactor.IsRequiredAsync(user, [.. identity.FindAll(Options.ClaimsIdentity.RoleClaimType).Select(c => c.Value)]))
        {
            identity.AddClaim(new Claim(BackPlanClaims.TwoFactorSetupDue, "true"));
        }

        return identity;
    }
}
