using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BackPlan.Web.Features.Inquiries;

public sealed class InquiryUpdateConfiguration : IEntityTypeConfiguration<InquiryUpdate>
{
    public void Configure(EntityTypeBuilder<InquiryUpdate> builder)
    {
        builder.ToTable("InquiryUpdates");
        builder.Property(u => u.Status).HasConversion<string>().HasMaxLength(10);
        builder.Property(u => u.Note).HasMaxLength(InquiryUpdate.NoteMax);
        builder.Property(u => u.By).HasMaxLength(256);
        builder.HasIndex(u => new { u.InquiryId, u.At });
    }
}
