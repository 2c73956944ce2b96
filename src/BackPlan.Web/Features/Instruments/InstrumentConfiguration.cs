using BackPlan.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BackPlan.Web.Features.Instruments;

internal sealed class InstrumentLicenceConfiguration : IEntityTypeConfiguration<InstrumentLicence>
{
    public void Configure(EntityTypeBuilder<InstrumentLicence> builder)
    {
        builder.Property(l => l.InstrumentCode).HasMaxLength(20);
        builder.Property(l => l.ConfirmedBy).HasMaxLength(200);
        builder.Property(l => l.Note).HasMaxLength(500);
        builder.HasIndex(l => new { l.ClinicId, l.InstrumentCode }).IsUnique();
    }
}

internal sealed class InstrumentWordingConfiguration : IEntityTypeConfiguration<InstrumentWording>
{
    public void Configure(EntityTypeBuilder<InstrumentWording> builder)
    {
        builder.Property(w => w.InstrumentCode).HasMaxLength(20);
        builder.Property(w => w.Title).HasMaxLength(300);
        builder.Property(w => w.ImportedBy).HasMaxLength(200);
        builder.Property(w => w.ItemTexts).HasJsonConversion();
        builder.HasIndex(w => new { w.ClinicId, w.InstrumentCode }).IsUnique();
    }
}
