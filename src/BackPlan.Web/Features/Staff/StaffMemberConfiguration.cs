using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BackPlan.Web.Features.Staff;

internal sealed class StaffMemberConfiguration : IEntityTypeConfiguration<StaffMember>
{
    public void Configure(EntityTypeBuilder<StaffMember> builder)
    {
        builder.Property(s => s.FullName).HasMaxLength(200);
        builder.Property(s => s.Email).HasMaxLength(254);
        builder.Property(s => s.Role).HasMaxLength(20);
        builder.Property(s => s.Profession).HasMaxLength(100);
        builder.Property(s => s.LicenceNumber).HasMaxLength(60);
        builder.Property(s => s.IssuingBody).HasMaxLength(200);
        builder.Property(s => s.UserId).HasMaxLength(450);
        builder.Property(s => s.Qualifications).HasMaxLength(500);
        builder.Property(s => s.PublicBio).HasMaxLength(1000);
        builder.HasOne<Clinics.Clinic>().WithMany().HasForeignKey(s => s.ClinicId);
        builder.HasIndex(s => new { s.ClinicId, s.FullName });
        builder.HasIndex(s => s.UserId).IsUnique();
    }
}
