using BackPlan.Web.Platform.Tenancy;

namespace BackPlan.Web.Platform.Auditing;

/// <summary>One read or change of patient data: who, in which role and clinic, what, when, from where.</summary>
public sealed class AuditEntry : IClinicOwned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    /// <summary>The entry's place in its clinic's chain, from 1 (<see cref="AuditChain"/>); none for entries written before the chain.</summary>
    public long? Sequence { get; set; }

    /// <summary>SHA-256 (hex) of the previous entry's hash and this entry's fields.</summary>
    public string? Hash { get; set; }

    public Guid ClinicId { get; set; }

    public DateTime At { get; set; }

    public string? UserId { get; set; }

    public required string UserName { get; set; }

    public string? Role { get; set; }

    public Guid? PatientId { get; set; }

    /// <summary>e.g. patient.read, patient.list, Patient.created.</summary>
    public required string Action { get; set; }

    public string? ClientIp { get; set; }

    public string? Detail { get; set; }
}
