using BackPlan.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BackPlan.Web.Features.Forms;

internal sealed class ScheduledFormConfiguration : IEntityTypeConfiguration<ScheduledForm>
{
    public void Configure(EntityTypeBuilder<ScheduledForm> builder)
    {
        builder.ToTable("ScheduledForms");
        builder.Property(f => f.Key).HasMaxLength(80);
        builder.Property(f => f.TimePoint).HasMaxLength(20);
        builder.Property(f => f.Status).HasConversion<string>().HasMaxLength(12);
        builder.Property(f => f.Steps).HasJsonConversion();
        builder.Property(f => f.Draft).HasJsonConversion();
        builder.Property(f => f.SavedSteps).HasJsonConversion();
        builder.Property(f => f.ResponseIds).HasJsonConversion();
        builder.HasOne<Episodes.Episode>().WithMany().HasForeignKey(f => f.EpisodeId);
        // Regeneration is idempotent: one form per key per episode.
        builder.HasIndex(f => new { f.ClinicId, f.EpisodeId, f.Key }).IsUnique();
        // The reminder scan: forms not completed whose due time has passed.
        builder.HasIndex(f => new { f.ClinicId, f.Status, f.DueAt });
    }
}
