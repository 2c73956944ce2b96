using BackPlan.Web.Platform.Tenancy;

namespace BackPlan.Web.Features.Articles;

/// <summary>
/// A visitor's comment on an article, or a clinic reply. Shown only when approved; always
/// rendered as plain text. The email is for the clinic only and never shown.
/// </summary>
public sealed class ArticleComment : IClinicOwned, PublicSite.IShownOnPublicSite
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid ClinicId { get; set; }

    public Guid ArticleId { get; set; }

    public required string AuthorName { get; set; }

    /// <summary>Null for a clinic reply.</summary>
    public string? AuthorEmail { get; set; }

    public required string Text { get; set; }

    public CommentStatus Status { get; set; }

    /// <summary>Written by staff from the moderation queue; shown as "Clinic reply".</summary>
    public bool IsClinicReply { get; set; }

    /// <summary>The comment a clinic reply answers.</summary>
    public Guid? ReplyToId { get; set; }

    public DateTime CreatedAt { get; set; }

    public string? ModeratedBy { get; set; }

    public DateTime? ModeratedAt { get; set; }
}

public enum CommentStatus
{
    Pending,
    Approved,
    Rejected,
    Spam,
}
