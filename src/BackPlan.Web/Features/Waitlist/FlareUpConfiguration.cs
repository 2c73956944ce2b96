using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BackPlan.Web.Features.Waitlist;

internal sealed class FlareUpConfiguration : IEntityTypeConfiguration<FlareUp>
{
    public void Configure(EntityTypeBuilder<FlareUp> builder)
    {
        builder.Property(f => f.Note).HasMaxLength(FlareUp.MaxNote);
        builder.HasIndex(f => new { f.ClinicId, f.PatientId, f.RecordedAt });
    }
}
