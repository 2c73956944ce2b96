using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BackPlan.Web.Features.Outcomes;

internal sealed class EpisodeOutcomeRecordConfiguration : IEntityTypeConfiguration<EpisodeOutcomeRecord>
{
    public void Configure(EntityTypeBuilder<EpisodeOutcomeRecord> builder)
    {
        builder.Property(r => r.DurationClass).HasMaxLength(20);
        builder.Property(r => r.RiskGroup).HasMaxLength(20);
        builder.Property(r => r.Composition).HasMaxLength(30);
        builder.Property(r => r.FunctionInstrument).HasMaxLength(20);
        builder.HasOne<Episodes.Episode>().WithMany().HasForeignKey(r => r.EpisodeId).OnDelete(DeleteBehavior.Cascade);
        // One row per episode: a refresh updates it, two racing refreshes cannot both insert.
        builder.HasIndex(r => new { r.ClinicId, r.EpisodeId }).IsUnique();
        // The dashboard filters one clinic's rows by start date, then by practitioner or location.
        builder.HasIndex(r => new { r.ClinicId, r.StartedOn });
        builder.HasIndex(r => new { r.ClinicId, r.PractitionerId, r.StartedOn });
        builder.HasIndex(r => new { r.ClinicId, r.LocationId, r.StartedOn });
        // The dashboard counts the episodes still inside their follow-up window (a few recent ones)
        // per month and practitioner from this index alone, without reading the wide rows.
        builder.HasIndex(r => new { r.ClinicId, r.FollowUpDueOn, r.PainFourWeeksOn, r.StartedOn, r.PractitionerId, r.PainBaseline })
            .HasDatabaseName("IX_EpisodeOutcomeRecord_FollowUpWindow");
    }
}
