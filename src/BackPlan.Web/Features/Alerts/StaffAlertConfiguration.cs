using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BackPlan.Web.Features.Alerts;

public sealed class StaffAlertConfiguration : IEntityTypeConfiguration<StaffAlert>
{
    public void Configure(EntityTypeBuilder<StaffAlert> builder)
    {
        builder.Property(a => a.Kind).HasMaxLength(40);
        builder.Property(a => a.Detail).HasMaxLength(2000);
        builder.Property(a => a.Link).HasMaxLength(300);
        builder.Property(a => a.Exercise).HasMaxLength(60);
        builder.Property(a => a.AcknowledgedBy).HasMaxLength(256);
        builder.Property(a => a.Severity).HasConversion<string>().HasMaxLength(10);

        // The alerts page and the count in the menu read a clinic's open alerts, newest first.
        builder.HasIndex(a => new { a.ClinicId, a.AcknowledgedAt, a.CreatedAt });
        builder.HasIndex(a => a.PatientId);
    }
}
