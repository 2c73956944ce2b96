using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BackPlan.Web.Platform.Auditing;

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        builder.Property(a => a.UserId).HasMaxLength(450);
        builder.Property(a => a.UserName).HasMaxLength(256);
        builder.Property(a => a.Role).HasMaxLength(20);
        builder.Property(a => a.Action).HasMaxLength(64);
        builder.Property(a => a.ClientIp).HasMaxLength(45);
        builder.Property(a => a.Detail).HasMaxLength(500);
        builder.Property(a => a.Hash).HasMaxLength(64);
        // One entry per place in a clinic's chain: a fork would be refused (entries from before the chain have none).
        builder.HasIndex(a => new { a.ClinicId, a.Sequence }).IsUnique();
        // The audit page filters by patient or user, newest first.
        builder.HasIndex(a => new { a.ClinicId, a.At });
        builder.HasIndex(a => new { a.ClinicId, a.PatientId, a.At });
        builder.HasIndex(a => new { a.ClinicId, a.UserId, a.At });
    }
}
