using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BackPlan.Web.Features.AfterSessions;

internal sealed class AdverseEventConfiguration : IEntityTypeConfiguration<AdverseEvent>
{
    public void Configure(EntityTypeBuilder<AdverseEvent> builder)
    {
        builder.Property(e => e.Description).HasMaxLength(2000);
        builder.Property(e => e.RecordedBy).HasMaxLength(200);
        builder.Property(e => e.Severity).HasConversion<string>().HasMaxLength(10);
        builder.Property(e => e.Outcome).HasConversion<string>().HasMaxLength(10);
        builder.HasIndex(e => new { e.ClinicId, e.OccurredOn });
    }
}
