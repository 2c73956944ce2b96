using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BackPlan.Web.Features.Disclosures;

public sealed class DisclosureConfiguration : IEntityTypeConfiguration<Disclosure>
{
    public void Configure(EntityTypeBuilder<Disclosure> builder)
    {
        builder.Property(d => d.Kind).HasMaxLength(40);
        builder.Property(d => d.Recipient).HasMaxLength(300);
        builder.Property(d => d.What).HasMaxLength(300);
        builder.Property(d => d.Purpose).HasMaxLength(300);
        builder.Property(d => d.ByUserId).HasMaxLength(450);
        builder.Property(d => d.ByName).HasMaxLength(256);
        builder.Property(d => d.ByRole).HasMaxLength(20);

        // A patient's disclosures, newest first (portal, API, patient page).
        builder.HasIndex(d => new { d.ClinicId, d.PatientId, d.At });
    }
}
