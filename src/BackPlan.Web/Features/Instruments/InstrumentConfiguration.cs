using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
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
        // Stored as JSON text on both providers: read whole, never queried inside.
        builder.Property(w => w.ItemTexts).HasConversion(
            v => JsonSerializer.Serialize(v, JsonSerializerOptions.Default),
            v => JsonSerializer.Deserialize<Dictionary<string, string>>(v, JsonSerializerOptions.Default) ?? new(),
            new ValueComparer<Dictionary<string, string>>(
                (a, b) => a!.Count == b!.Count && !a.Except(b).Any(),
                v => v.Aggregate(0, (h, kv) => HashCode.Combine(h, kv.Key, kv.Value)),
                v => new Dictionary<string, string>(v)));
        builder.HasIndex(w => new { w.ClinicId, w.InstrumentCode }).IsUnique();
    }
}
