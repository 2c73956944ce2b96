using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BackPlan.Web.Platform.Email;

internal sealed class OutboxMessageConfiguration : IEntityTypeConfiguration<OutboxMessage>
{
    public void Configure(EntityTypeBuilder<OutboxMessage> builder)
    {
        builder.Property(m => m.Kind).HasMaxLength(40);
        builder.Property(m => m.To).HasMaxLength(254);
        builder.Property(m => m.Subject).HasMaxLength(300);
        builder.Property(m => m.TextBody).HasMaxLength(20000);
        builder.Property(m => m.LastError).HasMaxLength(1000);
        builder.Property(m => m.AttachmentName).HasMaxLength(100);
        builder.Property(m => m.AttachmentContentType).HasMaxLength(100);
        builder.Property(m => m.AttachmentContent).HasMaxLength(100000);
        builder.Property(m => m.LeasedBy).HasMaxLength(100);
        builder.Ignore(m => m.Pending);
        // The sender's claim, every few seconds: unsent and not withdrawn (equalities on NULL), due (a
        // range, already in send order). Failed last: "NOT Failed" can bound no index range. With Failed
        // before SendAfter, both databases read every pending message, reminders months ahead included.
        builder.HasIndex(m => new { m.SentAt, m.WithdrawnAt, m.SendAfter, m.Failed });
        // Withdrawing an appointment's reminders.
        builder.HasIndex(m => m.RelatedId);
    }
}
