using BackPlan.Web.Features.Articles;
using BackPlan.Web.Platform.Email;
using BackPlan.Web.Tests.Features.PublicSite;
using BackPlan.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace BackPlan.Web.Tests.Features.Articles;

public class CommentTests(PublicSiteApp app) : IClassFixture<PublicSiteApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Comment_WaitsForModeration_ApprovedShowsWithoutEmail_AdminsNotified()
    {
        var article = await ArticleSteps.AddArticleAsync(app, "Commented " + Guid.NewGuid().ToString("N")[..8]);
        using var visitor = Browserless.NewClient(app);
        var email = $"visitor-{Guid.NewGuid():N}@example.com";

        var after = await ArticleSteps.PostCommentAsync(app, visitor, article.Slug, "Ola Reader", email, "Does walking help?\n<b>Really?</b>");

        Assert.Contains("Your comment will appear once the clinic has read it.", after, StringComparison.Ordinal);
        var comment = Assert.Single(await ArticleSteps.CommentsAsync(app, article.Id));
        Assert.Equal(CommentStatus.Pending, comment.Status);
        Assert.DoesNotContain("Does walking help?", await visitor.GetStringAsync($"/articles/{article.Slug}", Ct), StringComparison.Ordinal);
        var mail = await app.Clinic.QueryAsync(db => db.Set<OutboxMessage>().AsNoTracking().Where(m => m.Kind == "comment-pending" && m.Subject.Contains(article.Title)).ToListAsync(Ct));
        Assert.Equal(app.Clinic.AdminEmail, Assert.Single(mail).To);

        using var staff = await Browserless.SignedInAsync(app, app.Clinic.FrontDeskEmail);
        var queue = await staff.GetStringAsync(ArticleComments.ModerationPath, Ct);
        Assert.Contains("Does walking help?", queue, StringComparison.Ordinal);
        await Browserless.PostFormAsync(staff, ArticleComments.ModerationPath, "moderate", new() { ["decision"] = $"approve:{comment.Id}" });

        var page = await visitor.GetStringAsync($"/articles/{article.Slug}", Ct);
        Assert.Contains("Ola Reader", page, StringComparison.Ordinal);
        Assert.Contains("Does walking help?", page, StringComparison.Ordinal);
        Assert.Contains("&lt;b&gt;Really?&lt;/b&gt;", page, StringComparison.Ordinal); // text, never markup
        Assert.DoesNotContain(email, page, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("reject")]
    [InlineData("spam")]
    public async Task Comment_RejectedOrSpam_StaysHidden(string decision)
    {
        var article = await ArticleSteps.AddArticleAsync(app, "Moderated " + Guid.NewGuid().ToString("N")[..8]);
        using var visitor = Browserless.NewClient(app);
        await ArticleSteps.PostCommentAsync(app, visitor, article.Slug, "Spammy", "s@example.com", "Buy cheap things");
        var comment = Assert.Single(await ArticleSteps.CommentsAsync(app, article.Id));
        using var staff = await Browserless.SignedInAsync(app, app.Clinic.PractitionerEmail);

        await Browserless.PostFormAsync(staff, ArticleComments.ModerationPath, "moderate", new() { ["decision"] = $"{decision}:{comment.Id}" });

        Assert.Equal(decision == "spam" ? CommentStatus.Spam : CommentStatus.Rejected, Assert.Single(await ArticleSteps.CommentsAsync(app, article.Id)).Status);
        Assert.DoesNotContain("Buy cheap things", await visitor.GetStringAsync($"/articles/{article.Slug}", Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ClinicReply_ShownUnderTheComment_MarkedAsClinicReply()
    {
        var article = await ArticleSteps.AddArticleAsync(app, "Replied " + Guid.NewGuid().ToString("N")[..8]);
        using var visitor = Browserless.NewClient(app);
        await ArticleSteps.PostCommentAsync(app, visitor, article.Slug, "Jan", "jan@example.com", "How often should I stretch?");
        var comment = Assert.Single(await ArticleSteps.CommentsAsync(app, article.Id));
        using var staff = await Browserless.SignedInAsync(app, app.Clinic.PractitionerEmail);

        await Browserless.PostFormAsync(staff, ArticleComments.ModerationPath, "moderate", new()
        {
            ["decision"] = $"reply:{comment.Id}",
            [$"reply-{comment.Id}"] = "A little every day works better than a lot once a week.",
        });

        var page = await visitor.GetStringAsync($"/articles/{article.Slug}", Ct);
        Assert.Contains("How often should I stretch?", page, StringComparison.Ordinal);
        Assert.Matches("class=\"comment clinic-reply\">.*Clinic reply.*A little every day", page.Replace("\n", " ", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Honeypot_Filled_StoresNothing()
    {
        var article = await ArticleSteps.AddArticleAsync(app, "Honeypot " + Guid.NewGuid().ToString("N")[..8]);
        using var bot = Browserless.NewClient(app);

        await ArticleSteps.PostCommentAsync(app, bot, article.Slug, "Bot", "bot@example.com", "Great post", honeypot: "https://spam.example");

        Assert.Empty(await ArticleSteps.CommentsAsync(app, article.Id));
    }

    [Fact]
    public async Task TooFast_IsRefused_TypedTextKept()
    {
        var article = await ArticleSteps.AddArticleAsync(app, "Fast " + Guid.NewGuid().ToString("N")[..8]);
        using var bot = Browserless.NewClient(app);

        var page = await ArticleSteps.PostCommentAsync(app, bot, article.Slug, "Quick", "q@example.com", "Typed at machine speed", wait: TimeSpan.FromSeconds(1));

        Assert.Contains("Your comment was sent very quickly", page, StringComparison.Ordinal);
        Assert.Contains("Typed at machine speed</textarea>", page, StringComparison.Ordinal);
        Assert.Empty(await ArticleSteps.CommentsAsync(app, article.Id));
    }

    [Fact]
    public async Task TooManyLinks_ErrorBesideTheField_TypedTextKept()
    {
        var article = await ArticleSteps.AddArticleAsync(app, "Links " + Guid.NewGuid().ToString("N")[..8]);
        using var visitor = Browserless.NewClient(app);

        var page = await ArticleSteps.PostCommentAsync(app, visitor, article.Slug, "Linker", "l@example.com", "https://a.example https://b.example https://c.example");

        Assert.Matches("id=\"comment-text-error\"[^>]*>\\s*<div class=\"validation-message\">Use at most 2 links.</div>", page);
        Assert.Contains("https://c.example</textarea>", page, StringComparison.Ordinal);
        Assert.Empty(await ArticleSteps.CommentsAsync(app, article.Id));
    }

    [Fact]
    public async Task MissingFieldsAndBadEmail_ErrorsBesideFields()
    {
        var article = await ArticleSteps.AddArticleAsync(app, "Empty " + Guid.NewGuid().ToString("N")[..8]);
        using var visitor = Browserless.NewClient(app);

        var page = await ArticleSteps.PostCommentAsync(app, visitor, article.Slug, "", "not-an-email", new string('x', 2001));

        Assert.Contains("Enter your name.", page, StringComparison.Ordinal);
        Assert.Contains("Enter an email address like name@example.com.", page, StringComparison.Ordinal);
        Assert.Matches("id=\"comment-text-error\"[^>]*>\\s*<div class=\"validation-message\">Use at most 2000 characters.</div>", page);
    }
}
