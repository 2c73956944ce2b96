using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BackPlan.Web.Features.AfterSessions;

internal sealed class PostSessionCheckConfiguration : IEntityTypeConfiguration<PostSessionCheck>
{
    public void Configure(EntityTypeBuilder<PostSessionCheck> builder)
    {
        builder.Property(c => c.TokenHash).HasMaxLength(64);
        builder.Property(c => c.Unexpected).HasMaxLength(2000);
        builder.Property(c => c.Settled).HasMaxLength(10);
        // One check per appointment, whatever the scheduler does twice.
        builder.HasIndex(c => c.AppointmentId).IsUnique();
        builder.HasIndex(c => c.TokenHash).IsUnique();
        builder.HasIndex(c => new { c.ClinicId, c.PatientId });
    }
}
