using BackPlan.Web.Platform.Tenancy;

namespace BackPlan.Web.Features.Articles;

/// <summary>
/// An article's cover image, kept in the database beside the article (one backup, any number of
/// web servers) and in its own table so that lists never load the bytes.
/// </summary>
public sealed class ArticleCover : IClinicOwned, PublicSite.IShownOnPublicSite
{
    /// <summary>The article's id (one cover per article).</summary>
    public Guid Id { get; set; }

    public Guid ClinicId { get; set; }

    public required string ContentType { get; set; }

    public required byte[] Bytes { get; set; }
}
