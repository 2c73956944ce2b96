namespace BackPlan.Web.Platform.Tenancy;

/// <summary>
/// A record about one patient. A signed-in patient sees only rows whose owner is themselves;
/// adding or changing one writes an audit entry.
/// </summary>
public interface IPatientOwned : IClinicOwned
{
    Guid OwnerPatientId { get; }
}
