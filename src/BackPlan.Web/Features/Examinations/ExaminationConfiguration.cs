using BackPlan.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BackPlan.Web.Features.Examinations;

internal sealed class ExaminationConfiguration : IEntityTypeConfiguration<Examination>
{
    public void Configure(EntityTypeBuilder<Examination> builder)
    {
        builder.Property(e => e.Findings).HasJsonConversion();
        builder.Property(e => e.SchoberCm).HasPrecision(4, 1);
        builder.Property(e => e.FingertipFloorCm).HasPrecision(4, 1);
        builder.Property(e => e.PostureObservations).HasMaxLength(Examination.MaxTextLength);
        builder.Property(e => e.NeurologicalSigns).HasMaxLength(Examination.MaxTextLength);
        builder.Property(e => e.Notes).HasMaxLength(Examination.MaxNotesLength);
        builder.Property(e => e.RecordedBy).HasMaxLength(200);
        builder.Property(e => e.UpdatedBy).HasMaxLength(200);
        builder.HasOne<Episodes.Episode>().WithMany().HasForeignKey(e => e.EpisodeId);
        // One examination per episode.
        builder.HasIndex(e => new { e.ClinicId, e.EpisodeId }).IsUnique();
    }
}
