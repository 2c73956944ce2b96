using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BackPlan.Web.Features.Staff;

internal sealed class WorkingHoursConfiguration : IEntityTypeConfiguration<WorkingHours>
{
    public void Configure(EntityTypeBuilder<WorkingHours> builder)
    {
        builder.Property(w => w.Day).HasConversion<string>().HasMaxLength(10);
        builder.HasOne<StaffMember>().WithMany().HasForeignKey(w => w.StaffMemberId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Clinics.Location>().WithMany().HasForeignKey(w => w.LocationId);
        builder.HasIndex(w => new { w.ClinicId, w.StaffMemberId, w.Day });
    }
}

internal sealed class TimeOffConfiguration : IEntityTypeConfiguration<TimeOff>
{
    private const string Format = "yyyy'-'MM'-'dd'T'HH':'mm':'ss";

    public void Configure(EntityTypeBuilder<TimeOff> builder)
    {
        // Local wall-clock times: not the UTC convention of every other DateTime, and the same
        // fixed-width text on both databases, so range comparisons sort correctly.
        builder.Property(t => t.Start).HasConversion(v => ToText(v), v => FromText(v)).HasMaxLength(19);
        builder.Property(t => t.End).HasConversion(v => ToText(v), v => FromText(v)).HasMaxLength(19);
        builder.Property(t => t.Reason).HasMaxLength(200);
        builder.HasOne<StaffMember>().WithMany().HasForeignKey(t => t.StaffMemberId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(t => new { t.ClinicId, t.StaffMemberId, t.End });
    }

    private static string ToText(DateTime local) => local.ToString(Format, CultureInfo.InvariantCulture);

    private static DateTime FromText(string text) =>
        DateTime.ParseExact(text, Format, CultureInfo.InvariantCulture, DateTimeStyles.None);
}
