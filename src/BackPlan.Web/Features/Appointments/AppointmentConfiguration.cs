using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BackPlan.Web.Features.Appointments;

internal sealed class AppointmentConfiguration : IEntityTypeConfiguration<Appointment>
{
    public void Configure(EntityTypeBuilder<Appointment> builder)
    {
        builder.Property(a => a.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(a => a.CancellationReason).HasMaxLength(500);
        builder.Property(a => a.CancelledBy).HasMaxLength(200);
        builder.Property(a => a.CreatedBy).HasMaxLength(200);
        builder.Property(a => a.RescheduledBy).HasMaxLength(200);
        builder.HasOne<Patients.Patient>().WithMany().HasForeignKey(a => a.PatientId);
        builder.HasOne<Staff.StaffMember>().WithMany().HasForeignKey(a => a.PractitionerId);
        builder.HasOne<Clinics.Room>().WithMany().HasForeignKey(a => a.RoomId);
        builder.HasOne<AppointmentType>().WithMany().HasForeignKey(a => a.AppointmentTypeId);
        builder.HasMany(a => a.Claims).WithOne().HasForeignKey(c => c.AppointmentId).OnDelete(DeleteBehavior.Cascade);
        builder.ToTable(t => t.HasCheckConstraint("CK_Appointments_EndAfterStart", "\"EndUtc\" > \"StartUtc\""));
        // Calendar and availability read a practitioner's (or room's) appointments in a time range.
        builder.HasIndex(a => new { a.ClinicId, a.PractitionerId, a.StartUtc });
        builder.HasIndex(a => new { a.ClinicId, a.RoomId, a.StartUtc });
        builder.HasIndex(a => new { a.ClinicId, a.PatientId, a.StartUtc });
        // The calendar of every practitioner (day and week views, the appointments API without a filter).
        builder.HasIndex(a => new { a.ClinicId, a.StartUtc });
        // The post-session scheduler's window across clinics (appointments that ended lately).
        builder.HasIndex(a => a.EndUtc);
    }
}

internal sealed class SlotClaimConfiguration : IEntityTypeConfiguration<SlotClaim>
{
    public void Configure(EntityTypeBuilder<SlotClaim> builder)
    {
        // The no-double-booking guarantee: one claim per resource per 15-minute slot.
        builder.HasKey(c => new { c.ClinicId, c.ResourceId, c.StartUtc });
        builder.Property(c => c.Resource).HasConversion<string>().HasMaxLength(20);
        builder.HasIndex(c => c.AppointmentId);
    }
}
