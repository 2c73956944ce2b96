using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BackPlan.Web.Features.Outcomes;

internal sealed class OutcomeAggregateConfiguration : IEntityTypeConfiguration<OutcomeAggregate>
{
    public void Configure(EntityTypeBuilder<OutcomeAggregate> builder)
    {
        builder.Property(a => a.DurationClass).HasMaxLength(20);
        builder.Property(a => a.RiskGroup).HasMaxLength(20);
        builder.Property(a => a.Composition).HasMaxLength(30);
        // Rebuilt and read by clinic and month.
        builder.HasIndex(a => new { a.ClinicId, a.Month });
    }
}
