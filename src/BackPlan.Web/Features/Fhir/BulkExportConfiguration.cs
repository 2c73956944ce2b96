using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BackPlan.Web.Features.Fhir;

internal sealed class BulkExportConfiguration : IEntityTypeConfiguration<BulkExport>
{
    public void Configure(EntityTypeBuilder<BulkExport> builder)
    {
        builder.ToTable("FhirExports");
        builder.Property(e => e.RequestedBy).HasMaxLength(450);
        builder.Property(e => e.RequestedByName).HasMaxLength(200);
        builder.Property(e => e.Request).HasMaxLength(2000);
        builder.Property(e => e.Types).HasMaxLength(1000);
        builder.Property(e => e.Error).HasMaxLength(1000);
        builder.Property(e => e.Progress).HasMaxLength(200);
        builder.Property(e => e.LeasedBy).HasMaxLength(100);
        builder.Ignore(e => e.TypeList);
        // The runner's claim: unfinished jobs, oldest first.
        builder.HasIndex(e => new { e.CompletedAt, e.CreatedAt });
        builder.HasMany<BulkExportFile>().WithOne().HasForeignKey(f => f.ExportId).OnDelete(DeleteBehavior.Cascade);
    }
}
