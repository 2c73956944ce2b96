using BackPlan.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BackPlan.Web.Features.Reviews;

internal sealed class ReviewRecordConfiguration : IEntityTypeConfiguration<ReviewRecord>
{
    public void Configure(EntityTypeBuilder<ReviewRecord> builder)
    {
        builder.Property(r => r.Outcome).HasMaxLength(20);
        builder.Property(r => r.Reasons).HasJsonConversion();
        builder.Property(r => r.Changes).HasJsonConversion();
        builder.Property(r => r.Note).HasMaxLength(2000);
        builder.Property(r => r.RecordedBy).HasMaxLength(200);
        builder.HasOne<Episodes.Episode>().WithMany().HasForeignKey(r => r.EpisodeId);
        builder.HasIndex(r => new { r.ClinicId, r.EpisodeId, r.RecordedAt });
    }
}
