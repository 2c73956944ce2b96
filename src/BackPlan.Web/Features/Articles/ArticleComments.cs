using BackPlan.Web.Data;
using BackPlan.Web.Features.PublicSite;
using BackPlan.Web.Platform.Email;
using BackPlan.Web.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace BackPlan.Web.Features.Articles;

/// <summary>
/// Takes visitors' comments (through the spam defences, into moderation, with an email to the
/// clinic's admins) and the staff's moderation decisions and replies.
/// </summary>
public sealed class ArticleComments(BackPlanDb db, CommentGuard guard, Outbox outbox, TimeProvider time, CurrentUser user, IOptions<EmailOptions> email)
{
    public sealed record Outcome(bool Accepted, IReadOnlyDictionary<string, string[]> Errors, string? FormError = null, bool NewStamp = false);

    private static readonly Dictionary<string, string[]> NoErrors = [];

    /// <summary>Checks and stores a visitor's comment as pending. Caller acts for the article's clinic;
    /// <paramref name="rateLimited"/>: <see cref="PublicPostLimit"/> refused the post.</summary>
    public async Task<Outcome> SubmitAsync(Article article, CommentInput input, bool rateLimited)
    {
        if (rateLimited)
        {
            return new(false, NoErrors, PublicPostLimit.Message);
        }

        // A filled honeypot is a bot: it is told "thank you" and nothing is kept, so it learns nothing.
        if (!string.IsNullOrEmpty(input.Website))
        {
            return new(true, NoErrors);
        }

        var errors = input.Validate();
        if (errors.Count > 0)
        {
            return new(false, errors);
        }

        if (!guard.FilledSlowlyEnough(input.Started))
        {
            return new(false, NoErrors, "Your comment was sent very quickly after the page opened. Please check it and send it again.", NewStamp: true);
        }

        var now = time.GetUtcNow().UtcDateTime;
        db.ArticleComments.Add(new ArticleComment
        {
            ArticleId = article.Id,
            AuthorName = input.Name!.Trim(),
            AuthorEmail = input.Email!.Trim(),
            Text = input.Text!.Trim(),
            Status = CommentStatus.Pending,
            CreatedAt = now,
        });
        var admins = await db.Staff.AsNoTracking().Where(s => s.Role == Roles.Admin).Select(s => s.Email).ToListAsync();
        var queue = $"{email.Value.PublicBaseUrl.TrimEnd('/')}{ModerationPath}";
        foreach (var admin in admins)
        {
            // No comment text in the email: it may carry a visitor's health details; staff read it signed in.
            outbox.Enqueue("comment-pending", admin, $"New comment waiting: {article.Title}", $"""
                A visitor ({input.Name!.Trim()}) commented on "{article.Title}".
                The comment is hidden until someone approves it:
                {queue}
                """);
        }

        await db.SaveChangesAsync();
        return new(true, NoErrors);
    }

    public const string ModerationPath = "/staff-articles/comments";

    /// <summary>Approve, reject or mark as spam. False when the comment is not this clinic's.</summary>
    public async Task<bool> ModerateAsync(Guid commentId, CommentStatus status)
    {
        var comment = await db.ArticleComments.FirstOrDefaultAsync(c => c.Id == commentId);
        if (comment is null)
        {
            return false;
        }

        comment.Status = status;
        comment.ModeratedBy = user.UserName;
        comment.ModeratedAt = time.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync();
        return true;
    }

    /// <summary>A staff reply, shown at once under the comment as "Clinic reply"; approves the comment too.</summary>
    public async Task<bool> ReplyAsync(Guid commentId, string text, string clinicName)
    {
        var comment = await db.ArticleComments.FirstOrDefaultAsync(c => c.Id == commentId);
        if (comment is null)
        {
            return false;
        }

        var now = time.GetUtcNow().UtcDateTime;
        if (comment.Status != CommentStatus.Approved)
        {
            comment.Status = CommentStatus.Approved;
            comment.ModeratedBy = user.UserName;
            comment.ModeratedAt = now;
        }

        db.ArticleComments.Add(new ArticleComment
        {
            ArticleId = comment.ArticleId,
            AuthorName = clinicName,
            Text = text.Trim(),
            Status = CommentStatus.Approved,
            IsClinicReply = true,
            ReplyToId = comment.Id,
            CreatedAt = now,
            ModeratedBy = user.UserName,
            ModeratedAt = now,
        });
        await db.SaveChangesAsync();
        return true;
    }
}
