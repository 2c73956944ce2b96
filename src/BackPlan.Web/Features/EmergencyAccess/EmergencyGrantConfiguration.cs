using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BackPlan.Web.Features.EmergencyAccess;

public sealed class EmergencyGrantConfiguration : IEntityTypeConfiguration<EmergencyGrant>
{
    public void Configure(EntityTypeBuilder<EmergencyGrant> builder)
    {
        builder.Property(g => g.UserId).HasMaxLength(450);
        builder.Property(g => g.UserName).HasMaxLength(256);
        builder.Property(g => g.Reason).HasMaxLength(EmergencyAccessRules.ReasonMaxLength);

        // The gate asks, on every read of a record: does this user hold an open grant for this patient?
        builder.HasIndex(g => new { g.ClinicId, g.PatientId, g.UserId, g.ExpiresAt });
    }
}
