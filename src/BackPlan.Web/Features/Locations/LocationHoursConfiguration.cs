using BackPlan.Web.Features.Clinics;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BackPlan.Web.Features.Locations;

internal sealed class LocationHoursConfiguration : IEntityTypeConfiguration<LocationHours>
{
    public void Configure(EntityTypeBuilder<LocationHours> builder)
    {
        builder.Property(h => h.Day).HasConversion<string>().HasMaxLength(10);
        builder.HasOne<Location>().WithMany().HasForeignKey(h => h.LocationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(h => new { h.ClinicId, h.LocationId, h.Day });
    }
}

internal sealed class LocationClosureConfiguration : IEntityTypeConfiguration<LocationClosure>
{
    public void Configure(EntityTypeBuilder<LocationClosure> builder)
    {
        builder.Property(c => c.Reason).HasMaxLength(200);
        builder.HasOne<Location>().WithMany().HasForeignKey(c => c.LocationId).OnDelete(DeleteBehavior.Cascade);
        // One row per closed day and location.
        builder.HasIndex(c => new { c.ClinicId, c.LocationId, c.Date }).IsUnique();
    }
}
