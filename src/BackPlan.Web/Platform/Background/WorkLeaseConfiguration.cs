using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BackPlan.Web.Platform.Background;

internal sealed class WorkLeaseConfiguration : IEntityTypeConfiguration<WorkLease>
{
    public void Configure(EntityTypeBuilder<WorkLease> builder)
    {
        builder.ToTable("WorkLeases");
        builder.HasKey(l => new { l.Task, l.ClinicId });
        builder.Property(l => l.Task).HasMaxLength(40);
        builder.Property(l => l.LeasedBy).HasMaxLength(100);
    }
}
