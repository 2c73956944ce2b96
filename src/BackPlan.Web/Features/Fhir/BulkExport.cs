using BackPlan.Web.Platform.Tenancy;

namespace BackPlan.Web.Features.Fhir;

/// <summary>
/// One bulk <c>$export</c> (decision 0038): what an admin asked for, and the job's state. Waiting while
/// neither <see cref="CompletedAt"/> is set nor a live lease held; an instance runs it only while it holds
/// the lease (<see cref="LeasedUntil"/>, <see cref="LeasedBy"/>), so several instances run each job once.
/// Deleting it (a client's DELETE, or the retention) deletes its files.
/// </summary>
public sealed class BulkExport : IClinicOwned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid ClinicId { get; set; }

    /// <summary>The account that asked: only it may poll, download and cancel.</summary>
    public required string RequestedBy { get; set; }

    public required string RequestedByName { get; set; }

    /// <summary>The kick-off URL, as the manifest's <c>request</c> repeats it.</summary>
    public required string Request { get; set; }

    /// <summary>The resource types, comma-separated, in export order.</summary>
    public required string Types { get; set; }

    /// <summary><c>_since</c>: only what was made after it (UTC).</summary>
    public DateTime? Since { get; set; }

    /// <summary>A Group export's group (decision 0038: the clinic's id for all its patients, or a practitioner's); null for the whole clinic.</summary>
    public Guid? GroupId { get; set; }

    public DateTime CreatedAt { get; set; }

    /// <summary>When the run that wrote the files began (the manifest's <c>transactionTime</c>).</summary>
    public DateTime? TransactionTime { get; set; }

    /// <summary>Done (or failed): set once, by the instance holding the lease.</summary>
    public DateTime? CompletedAt { get; set; }

    /// <summary>Why it failed, for the client's OperationOutcome; null when it did not.</summary>
    public string? Error { get; set; }

    /// <summary>How far a run has got, for <c>X-Progress</c>.</summary>
    public string? Progress { get; set; }

    public DateTime? LeasedUntil { get; set; }

    public string? LeasedBy { get; set; }

    public IReadOnlyList<string> TypeList => Types.Split(',', StringSplitOptions.RemoveEmptyEntries);
}
