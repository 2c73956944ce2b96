using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BackPlan.Web.Features.HomeProgram;

internal sealed class ExerciseLogConfiguration : IEntityTypeConfiguration<ExerciseLog>
{
    public void Configure(EntityTypeBuilder<ExerciseLog> builder)
    {
        builder.Property(l => l.Exercise).HasMaxLength(60);
        builder.Property(l => l.Comment).HasMaxLength(ExerciseLog.MaxCommentLength);
        builder.HasOne<Episodes.Episode>().WithMany().HasForeignKey(l => l.EpisodeId);
        // One row per exercise per local day: two submits racing cannot both insert.
        builder.HasIndex(l => new { l.ClinicId, l.PatientId, l.Exercise, l.Day }).IsUnique();
    }
}
