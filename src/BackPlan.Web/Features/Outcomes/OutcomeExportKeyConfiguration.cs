using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BackPlan.Web.Features.Outcomes;

internal sealed class OutcomeExportKeyConfiguration : IEntityTypeConfiguration<OutcomeExportKey>
{
    public void Configure(EntityTypeBuilder<OutcomeExportKey> builder)
    {
        builder.Property(k => k.Secret).HasMaxLength(64);
        // One key per clinic: two first exports racing cannot give a clinic two sets of pseudonyms.
        builder.HasIndex(k => k.ClinicId).IsUnique();
    }
}
