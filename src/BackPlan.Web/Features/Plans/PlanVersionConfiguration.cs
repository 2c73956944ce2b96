using BackPlan.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BackPlan.Web.Features.Plans;

internal sealed class PlanVersionConfiguration : IEntityTypeConfiguration<PlanVersion>
{
    public void Configure(EntityTypeBuilder<PlanVersion> builder)
    {
        builder.Property(p => p.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(p => p.Schedule).HasJsonConversion();
        builder.Property(p => p.Elements).HasJsonConversion();
        builder.Property(p => p.Warnings).HasJsonConversion();
        builder.Property(p => p.PatientGoals).HasMaxLength(2000);
        builder.Property(p => p.ChangeReason).HasMaxLength(1000);
        builder.Property(p => p.Origin).HasMaxLength(100);
        builder.Property(p => p.CreatedBy).HasMaxLength(200);
        builder.Property(p => p.ApprovedBy).HasMaxLength(200);
        builder.HasOne<Episodes.Episode>().WithMany().HasForeignKey(p => p.EpisodeId);
        // Version numbers are unique per episode: two approvals racing cannot both become version N.
        builder.HasIndex(p => new { p.ClinicId, p.EpisodeId, p.Number }).IsUnique();
    }
}
