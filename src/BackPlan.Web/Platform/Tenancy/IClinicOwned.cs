namespace BackPlan.Web.Platform.Tenancy;

/// <summary>A record that belongs to one clinic. The database filters every query by it.</summary>
public interface IClinicOwned
{
    Guid ClinicId { get; set; }
}
