using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BackPlan.Web.Features.Outcomes;

internal sealed class OutcomeAggregateChangeConfiguration : IEntityTypeConfiguration<OutcomeAggregateChange>
{
    public void Configure(EntityTypeBuilder<OutcomeAggregateChange> builder)
    {
        builder.Property(c => c.Id).ValueGeneratedOnAdd();
        builder.HasIndex(c => c.ClinicId);
    }
}
