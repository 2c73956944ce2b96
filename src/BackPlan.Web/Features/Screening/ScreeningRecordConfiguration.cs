using BackPlan.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BackPlan.Web.Features.Screening;

internal sealed class ScreeningRecordConfiguration : IEntityTypeConfiguration<ScreeningRecord>
{
    public void Configure(EntityTypeBuilder<ScreeningRecord> builder)
    {
        builder.Property(s => s.Present).HasJsonConversion();
        builder.Property(s => s.Result).HasJsonConversion();
        builder.Property(s => s.RecordedBy).HasMaxLength(200);
        builder.Property(s => s.Resolution).HasMaxLength(20);
        builder.Property(s => s.ResolutionReason).HasMaxLength(1000);
        builder.Property(s => s.ResolvedBy).HasMaxLength(200);
        builder.Ignore(s => s.Blocks);
        builder.Ignore(s => s.MayBeCleared);
        builder.HasOne<Episodes.Episode>().WithMany().HasForeignKey(s => s.EpisodeId);
        builder.HasIndex(s => new { s.ClinicId, s.EpisodeId, s.RecordedAt });
    }
}
