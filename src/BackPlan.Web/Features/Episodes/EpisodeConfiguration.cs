using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BackPlan.Web.Features.Episodes;

internal sealed class EpisodeConfiguration : IEntityTypeConfiguration<Episode>
{
    public void Configure(EntityTypeBuilder<Episode> builder)
    {
        builder.Property(e => e.WorkAndActivities).HasMaxLength(1000);
        builder.Property(e => e.ClosingReason).HasMaxLength(1000);
        builder.Property(e => e.ClosedBy).HasMaxLength(200);
        builder.Property(e => e.CreatedBy).HasMaxLength(200);
        builder.Property(e => e.Status).HasConversion<string>().HasMaxLength(20);
        builder.Ignore(e => e.DurationClass);
        builder.HasOne<Patients.Patient>().WithMany().HasForeignKey(e => e.PatientId);
        builder.HasIndex(e => new { e.ClinicId, e.PatientId, e.StartedOn });
    }
}
