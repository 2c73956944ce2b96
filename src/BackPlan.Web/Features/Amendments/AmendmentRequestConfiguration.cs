using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BackPlan.Web.Features.Amendments;

public sealed class AmendmentRequestConfiguration : IEntityTypeConfiguration<AmendmentRequest>
{
    public void Configure(EntityTypeBuilder<AmendmentRequest> builder)
    {
        builder.Property(a => a.WhatIsWrong).HasMaxLength(AmendmentRequest.TextMaxLength);
        builder.Property(a => a.ShouldSay).HasMaxLength(AmendmentRequest.TextMaxLength);
        builder.Property(a => a.DecisionNote).HasMaxLength(AmendmentRequest.TextMaxLength);
        builder.Property(a => a.Disagreement).HasMaxLength(AmendmentRequest.TextMaxLength);
        builder.Property(a => a.DecidedBy).HasMaxLength(256);
        builder.Property(a => a.Status).HasConversion<string>().HasMaxLength(10);

        // The staff list of pending requests, oldest first; a patient's requests.
        builder.HasIndex(a => new { a.ClinicId, a.Status, a.RequestedAt });
        builder.HasIndex(a => a.PatientId);
    }
}
