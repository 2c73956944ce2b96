namespace BackPlan.Web.Platform.Tenancy;

public static class Roles
{
    public const string Admin = "Admin";
    public const string Practitioner = "Practitioner";
    public const string FrontDesk = "FrontDesk";
    public const string Patient = "Patient";

    /// <summary>Comma list for [Authorize(Roles = ...)].</summary>
    public const string Staff = Admin + "," + Practitioner + "," + FrontDesk;

    public static readonly IReadOnlyList<string> All = [Admin, Practitioner, FrontDesk, Patient];
}
