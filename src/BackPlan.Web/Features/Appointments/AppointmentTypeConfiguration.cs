using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BackPlan.Web.Features.Appointments;

internal sealed class AppointmentTypeConfiguration : IEntityTypeConfiguration<AppointmentType>
{
    public void Configure(EntityTypeBuilder<AppointmentType> builder)
    {
        builder.Property(t => t.Code).HasMaxLength(40);
        builder.Property(t => t.Name).HasMaxLength(100);
        builder.HasOne<Clinics.Clinic>().WithMany().HasForeignKey(t => t.ClinicId);
        builder.HasIndex(t => new { t.ClinicId, t.Code }).IsUnique();
    }
}
