namespace BackPlan.Web.Platform.Tenancy;

public static class BackPlanClaims
{
    public const string ClinicId = "backplan:clinic";
    public const string PatientId = "backplan:patient";
    public const string DisplayName = "backplan:name";

    /// <summary>Present while the account must set up two-factor sign-in before anything else (<see cref="Features.Account.TwoFactorSetupGate"/>).</summary>
    public const string TwoFactorSetupDue = "backplan:2fa-setup";
}
