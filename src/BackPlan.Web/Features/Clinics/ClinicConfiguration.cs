using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BackPlan.Web.Features.Clinics;

internal sealed class ClinicConfiguration : IEntityTypeConfiguration<Clinic>
{
    public void Configure(EntityTypeBuilder<Clinic> builder)
    {
        builder.Property(c => c.Name).HasMaxLength(200);
        builder.Property(c => c.TimeZoneId).HasMaxLength(64);
        builder.Property(c => c.Locale).HasMaxLength(16);
        builder.Property(c => c.FunctionInstrument).HasMaxLength(10);
        builder.Property(c => c.PublicDescription).HasMaxLength(2000);
        builder.Property(c => c.PublicServices).HasMaxLength(2000);
        builder.Property(c => c.PublicPhone).HasMaxLength(40);
        builder.Property(c => c.PublicEmail).HasMaxLength(254);
        builder.Property(c => c.PublicWebsite).HasMaxLength(300);
        builder.HasMany(c => c.Locations).WithOne().HasForeignKey(l => l.ClinicId);
    }
}

internal sealed class LocationConfiguration : IEntityTypeConfiguration<Location>
{
    public void Configure(EntityTypeBuilder<Location> builder)
    {
        builder.Property(l => l.Name).HasMaxLength(200);
        builder.Property(l => l.AddressLine).HasMaxLength(200);
        builder.Property(l => l.City).HasMaxLength(100);
        builder.Property(l => l.PostalCode).HasMaxLength(20);
        builder.Property(l => l.Country).HasMaxLength(100);
        builder.Property(l => l.Phone).HasMaxLength(40);
        builder.Property(l => l.Active).HasDefaultValue(true).HasSentinel(true);
        builder.Property(l => l.TimeZoneId).HasMaxLength(64);
    }
}

internal sealed class RoomConfiguration : IEntityTypeConfiguration<Room>
{
    public void Configure(EntityTypeBuilder<Room> builder)
    {
        builder.Property(r => r.Name).HasMaxLength(100);
        builder.HasOne<Location>().WithMany().HasForeignKey(r => r.LocationId);
        builder.HasIndex(r => new { r.ClinicId, r.LocationId, r.Name }).IsUnique();
    }
}
