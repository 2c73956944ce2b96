namespace BackPlan.Web.Platform.Tenancy;

/// <summary>
/// A clinic-owned record with personal data of someone who may not be a patient yet (a website
/// inquiry). Every change is audited like patient data, under the patient once there is one.
/// </summary>
public interface IPersonalRecord : IClinicOwned
{
    Guid Id { get; }

    Guid? PatientId { get; }
}
