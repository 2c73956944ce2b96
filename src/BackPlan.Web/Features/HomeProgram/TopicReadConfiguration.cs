using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BackPlan.Web.Features.HomeProgram;

internal sealed class TopicReadConfiguration : IEntityTypeConfiguration<TopicRead>
{
    public void Configure(EntityTypeBuilder<TopicRead> builder)
    {
        builder.Property(t => t.Topic).HasMaxLength(60);
        builder.HasIndex(t => new { t.ClinicId, t.PatientId, t.Topic }).IsUnique();
    }
}
