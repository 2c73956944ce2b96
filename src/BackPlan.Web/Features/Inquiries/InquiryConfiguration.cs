using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BackPlan.Web.Features.Inquiries;

public sealed class InquiryConfiguration : IEntityTypeConfiguration<Inquiry>
{
    public void Configure(EntityTypeBuilder<Inquiry> builder)
    {
        builder.ToTable("Inquiries");
        builder.Property(i => i.Name).HasMaxLength(InquiryInput.NameMax);
        builder.Property(i => i.Email).HasMaxLength(254);
        builder.Property(i => i.Phone).HasMaxLength(40);
        builder.Property(i => i.PreferredContactTimes).HasMaxLength(InquiryInput.TimesMax);
        builder.Property(i => i.Description).HasMaxLength(InquiryInput.DescriptionMax);
        builder.Property(i => i.Duration).HasConversion<string>().HasMaxLength(10);
        builder.Property(i => i.SelfCheckUrgency).HasMaxLength(10);
        builder.Property(i => i.SelfCheckFlags).HasMaxLength(500);
        builder.Property(i => i.Language).HasMaxLength(10);
        builder.Property(i => i.Status).HasConversion<string>().HasMaxLength(10);
        builder.HasMany(i => i.Updates).WithOne().HasForeignKey(u => u.InquiryId).OnDelete(DeleteBehavior.Cascade);

        // The inbox lists a clinic's inquiries by status, newest first.
        builder.HasIndex(i => new { i.ClinicId, i.Status, i.CreatedAt });
        builder.HasIndex(i => i.PatientId);
    }
}
