using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BackPlan.Web.Features.DataRights;

internal sealed class DeletionRequestConfiguration : IEntityTypeConfiguration<DeletionRequest>
{
    public void Configure(EntityTypeBuilder<DeletionRequest> builder)
    {
        builder.Property(d => d.Outcome).HasConversion<string>().HasMaxLength(20);
        builder.Property(d => d.Reason).HasMaxLength(DeletionRequest.MaxTextLength);
        builder.Property(d => d.Note).HasMaxLength(DeletionRequest.MaxTextLength);
        builder.Property(d => d.DecidedBy).HasMaxLength(200);
        // No foreign key to the patient: the request outlives an erased patient record.
        builder.HasIndex(d => new { d.ClinicId, d.Outcome, d.RequestedAt });
    }
}
