using BackPlan.Web.Features.Clinics;
using BackPlan.Web.Features.Patients;
using BackPlan.Web.Features.Staff;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BackPlan.Web.Features.Articles;

internal sealed class ArticleConfiguration : IEntityTypeConfiguration<Article>
{
    public void Configure(EntityTypeBuilder<Article> builder)
    {
        builder.Property(a => a.Slug).HasMaxLength(120);
        builder.Property(a => a.Title).HasMaxLength(200);
        builder.Property(a => a.Summary).HasMaxLength(300);
        builder.Property(a => a.BodyMarkdown).HasMaxLength(ArticleInput.MaxBodyLength);
        builder.Property(a => a.Tags).HasMaxLength(400);
        builder.Property(a => a.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(a => a.CoverAlt).HasMaxLength(300);
        builder.Property(a => a.CoverVersion).HasMaxLength(40);
        builder.Ignore(a => a.TagList);
        builder.HasOne<Clinic>().WithMany().HasForeignKey(a => a.ClinicId);
        builder.HasOne<StaffMember>().WithMany().HasForeignKey(a => a.AuthorStaffMemberId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(a => new { a.ClinicId, a.Slug }).IsUnique();
        builder.HasIndex(a => new { a.ClinicId, a.Status, a.PublishAt });
    }
}

internal sealed class ArticleCoverConfiguration : IEntityTypeConfiguration<ArticleCover>
{
    public void Configure(EntityTypeBuilder<ArticleCover> builder)
    {
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.ContentType).HasMaxLength(20);
        builder.HasOne<Article>().WithOne().HasForeignKey<ArticleCover>(c => c.Id).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ArticleCommentConfiguration : IEntityTypeConfiguration<ArticleComment>
{
    public void Configure(EntityTypeBuilder<ArticleComment> builder)
    {
        builder.Property(c => c.AuthorName).HasMaxLength(CommentInput.MaxNameLength);
        builder.Property(c => c.AuthorEmail).HasMaxLength(254);
        builder.Property(c => c.Text).HasMaxLength(CommentInput.MaxTextLength);
        builder.Property(c => c.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.ModeratedBy).HasMaxLength(200);
        builder.HasOne<Article>().WithMany().HasForeignKey(c => c.ArticleId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(c => new { c.ClinicId, c.ArticleId, c.Status });
        builder.HasIndex(c => new { c.ClinicId, c.Status, c.CreatedAt });
    }
}

internal sealed class ArticleAssignmentConfiguration : IEntityTypeConfiguration<ArticleAssignment>
{
    public void Configure(EntityTypeBuilder<ArticleAssignment> builder)
    {
        builder.Property(a => a.AssignedBy).HasMaxLength(200);
        builder.HasOne<Patient>().WithMany().HasForeignKey(a => a.PatientId);
        builder.HasOne<Article>().WithMany().HasForeignKey(a => a.ArticleId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(a => new { a.ClinicId, a.PatientId, a.ArticleId }).IsUnique();
    }
}
