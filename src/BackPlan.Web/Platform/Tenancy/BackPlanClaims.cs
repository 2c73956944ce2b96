namespace BackPlan.Web.Platform.Tenancy;

public static class BackPlanClaims
{
    public const string ClinicId = "backplan:clinic";
    public const string PatientId = "backplan:patient";
    public const string DisplayName = "backplan:name";
}
