using BackPlan.Web.Data;

namespace BackPlan.Web.Platform.Email;

/// <summary>Queues an email in the caller's unit of work; it is sent after SaveChanges commits.</summary>
public sealed class Outbox(BackPlanDb db, TimeProvider time)
{
    public OutboxMessage Enqueue(string kind, string to, string subject, string textBody)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var message = new OutboxMessage { Kind = kind, To = to, Subject = subject, TextBody = textBody, CreatedAt = now, SendAfter = now };
        db.Set<OutboxMessage>().Add(message);
        return message;
    }
}
