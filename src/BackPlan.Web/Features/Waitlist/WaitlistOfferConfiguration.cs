using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BackPlan.Web.Features.Waitlist;

internal sealed class WaitlistOfferConfiguration : IEntityTypeConfiguration<WaitlistOffer>
{
    public void Configure(EntityTypeBuilder<WaitlistOffer> builder)
    {
        builder.Property(o => o.TokenHash).HasMaxLength(64);
        builder.Property(o => o.Status).IsConcurrencyToken();
        builder.HasIndex(o => o.TokenHash).IsUnique();
        builder.HasIndex(o => new { o.ClinicId, o.FreedAppointmentId });
        builder.HasIndex(o => new { o.ClinicId, o.EntryId });
    }
}
