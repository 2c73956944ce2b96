using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BackPlan.Web.Features.Waitlist;

internal sealed class WaitlistEntryConfiguration : IEntityTypeConfiguration<WaitlistEntry>
{
    public void Configure(EntityTypeBuilder<WaitlistEntry> builder)
    {
        builder.Property(e => e.JoinedBy).HasMaxLength(200);
        // The offer scan reads the clinic's active entries in priority order.
        builder.HasIndex(e => new { e.ClinicId, e.Status, e.Priority, e.JoinedAt });
        builder.HasIndex(e => new { e.ClinicId, e.PatientId });
    }
}
