using BackPlan.Web.Platform.Tenancy;

namespace BackPlan.Web.Platform.Email;

/// <summary>
/// An email waiting to be sent. Written in the same transaction as the change that caused it, so
/// a message is never lost nor sent for a change that was rolled back; a background sender
/// delivers it and retries with back-off.
/// </summary>
public sealed class OutboxMessage : IClinicOwned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid ClinicId { get; set; }

    /// <summary>What the message is about, e.g. portal-invitation (for the outbox page and logs).</summary>
    public required string Kind { get; set; }

    public required string To { get; set; }

    public required string Subject { get; set; }

    public required string TextBody { get; set; }

    public DateTime CreatedAt { get; set; }

    /// <summary>Not before this instant (retries move it forward).</summary>
    public DateTime SendAfter { get; set; }

    public int Attempts { get; set; }

    public string? LastError { get; set; }

    public DateTime? SentAt { get; set; }

    /// <summary>Given up after <see cref="OutboxSender.MaxAttempts"/>; shown to staff.</summary>
    public bool Failed { get; set; }

    /// <summary>Taken back before it was sent (e.g. the reminder of a cancelled appointment); never sent.</summary>
    public DateTime? WithdrawnAt { get; set; }

    /// <summary>The record the message is about (e.g. the appointment), so its pending messages can be withdrawn.</summary>
    public Guid? RelatedId { get; set; }

    /// <summary>One attachment at most (e.g. invite.ics); text, since calendar files are text.</summary>
    public string? AttachmentName { get; set; }

    public string? AttachmentContentType { get; set; }

    public string? AttachmentContent { get; set; }

    /// <summary>Claimed by an instance for sending until then (decision 0034); null when nobody holds it.</summary>
    public DateTime? LeasedUntil { get; set; }

    /// <summary>The instance holding the lease (<see cref="Background.ThisInstance.Id"/>).</summary>
    public string? LeasedBy { get; set; }

    /// <summary>Waiting to be sent (not sent, not failed, not withdrawn).</summary>
    public bool Pending => SentAt is null && !Failed && WithdrawnAt is null;
}
