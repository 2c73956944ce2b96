using BackPlan.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BackPlan.Web.Features.Questionnaires;

internal sealed class QuestionnaireResponseConfiguration : IEntityTypeConfiguration<QuestionnaireResponse>
{
    public void Configure(EntityTypeBuilder<QuestionnaireResponse> builder)
    {
        builder.Property(q => q.Instrument).HasMaxLength(20);
        builder.Property(q => q.TimePoint).HasMaxLength(20);
        builder.Property(q => q.RecordedBy).HasMaxLength(200);
        builder.Property(q => q.Answers).HasJsonConversion();
        builder.Property(q => q.Labels).HasJsonConversion();
        builder.Property(q => q.Result).HasJsonConversion();
        builder.Property(q => q.Score).HasPrecision(9, 3);
        builder.HasOne<Episodes.Episode>().WithMany().HasForeignKey(q => q.EpisodeId);
        // Progress over time: one patient's responses to one instrument, in order.
        builder.HasIndex(q => new { q.ClinicId, q.EpisodeId, q.Instrument, q.RecordedAt });
    }
}
