using BackPlan.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace BackPlan.Web.Platform.Email;

/// <summary>Queues an email in the caller's unit of work; it is sent after SaveChanges commits.</summary>
public sealed class Outbox(BackPlanDb db, TimeProvider time)
{
    public OutboxMessage Enqueue(string kind, string to, string subject, string textBody) =>
        Enqueue(new OutboxEmail(kind, to, subject, textBody));

    public OutboxMessage Enqueue(OutboxEmail email)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var message = new OutboxMessage
        {
            Kind = email.Kind,
            To = email.To,
            Subject = email.Subject,
            TextBody = email.TextBody,
            CreatedAt = now,
            SendAfter = email.SendAfter is { } after && after > now ? after : now,
            RelatedId = email.RelatedId,
            AttachmentName = email.Attachment?.Name,
            AttachmentContentType = email.Attachment?.ContentType,
            AttachmentContent = email.Attachment?.Content,
        };
        if (email.ClinicId is { } clinic)
        {
            message.ClinicId = clinic;
        }

        db.Set<OutboxMessage>().Add(message);
        return message;
    }

    /// <summary>Marks the pending messages about <paramref name="relatedId"/> (of the given kinds) as withdrawn, in the caller's unit of work.</summary>
    public async Task<int> WithdrawAsync(Guid relatedId, IReadOnlyCollection<string> kinds, CancellationToken ct)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var pending = await db.Set<OutboxMessage>()
            .Where(m => m.RelatedId == relatedId && kinds.Contains(m.Kind) && m.SentAt == null && !m.Failed && m.WithdrawnAt == null)
            .ToListAsync(ct);
        foreach (var message in pending)
        {
            message.WithdrawnAt = now;
        }

        return pending.Count;
    }
}

/// <summary>An email to queue: <c>SendAfter</c> delays it (reminders), <c>RelatedId</c> lets it be withdrawn.</summary>
public sealed record OutboxEmail(
    string Kind,
    string To,
    string Subject,
    string TextBody,
    DateTime? SendAfter = null,
    Guid? RelatedId = null,
    EmailAttachment? Attachment = null,
    Guid? ClinicId = null);

/// <summary>A text attachment, e.g. an iCalendar file.</summary>
public sealed record EmailAttachment(string Name, string ContentType, string Content);
