using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BackPlan.Web.Features.Patients;

internal sealed class PatientConfiguration : IEntityTypeConfiguration<Patient>
{
    public void Configure(EntityTypeBuilder<Patient> builder)
    {
        builder.Property(p => p.GivenName).HasMaxLength(100);
        builder.Property(p => p.FamilyName).HasMaxLength(100);
        builder.Property(p => p.Email).HasMaxLength(254);
        builder.Property(p => p.Phone).HasMaxLength(40);
        builder.Property(p => p.AddressLine).HasMaxLength(200);
        builder.Property(p => p.City).HasMaxLength(100);
        builder.Property(p => p.PostalCode).HasMaxLength(20);
        builder.Property(p => p.SearchText).HasMaxLength(600);
        builder.Property(p => p.TreatmentConsentBy).HasMaxLength(200);
        builder.Property(p => p.DataProcessingConsentBy).HasMaxLength(200);
        builder.HasOne<Clinics.Clinic>().WithMany().HasForeignKey(p => p.ClinicId);
        // The list pages by clinic, ordered by name then Id (the full ORDER BY, so deep pages skip
        // index entries only). SearchText is in the index so that COUNT and search read a clinic's
        // index entries in order instead of fetching every patient row (docs/performance.md).
        builder.HasIndex(p => new { p.ClinicId, p.FamilyName, p.GivenName, p.Id, p.SearchText });
    }
}
