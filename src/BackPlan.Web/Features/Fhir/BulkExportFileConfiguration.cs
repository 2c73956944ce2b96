using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BackPlan.Web.Features.Fhir;

internal sealed class BulkExportFileConfiguration : IEntityTypeConfiguration<BulkExportFile>
{
    public void Configure(EntityTypeBuilder<BulkExportFile> builder)
    {
        builder.ToTable("FhirExportFiles");
        builder.Property(f => f.Type).HasMaxLength(64);
        builder.HasIndex(f => new { f.ExportId, f.Sequence });
    }
}
