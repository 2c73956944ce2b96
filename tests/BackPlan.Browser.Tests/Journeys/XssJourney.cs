using BackPlan.Browser.Tests.Support;
using BackPlan.Web.Data;
using BackPlan.Web.Features.Articles;
using BackPlan.Web.Features.Inquiries;
using BackPlan.Web.Features.Sessions;
using BackPlan.Web.Tests.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BackPlan.Browser.Tests.Journeys;

/// <summary>
/// Issue 16: script payloads stored in free text stay text in a real browser. New rows only (an
/// inquiry, a published comment, a note addendum), so the demo the other journeys use is unchanged.
/// </summary>
public class XssJourney(BrowserHost host) : BrowserTest(host)
{
    [Fact]
    public async Task StoredPayloads_FireNoDialog_AndInjectNoElement()
    {
        var (inquiryId, slug, appointmentId) = await WritePayloadsAsync();

        await ExpectInertAsync(null, $"/articles/{slug}", "comment-text");
        await ExpectInertAsync(DemoRole.Practitioner, $"/inquiries/{inquiryId}", "inquiry-description");
        await ExpectInertAsync(DemoRole.Practitioner, $"/appointments/{appointmentId}/note", "addendum");
    }

    private async Task ExpectInertAsync(DemoRole? role, string url, string field)
    {
        var page = await NewPageAsync(role);
        var dialogs = new List<string>();
        page.Dialog += (_, dialog) =>
        {
            dialogs.Add(dialog.Message);
            _ = dialog.DismissAsync();
        };
        await page.GotoAsync(url);

        // The payload is on the page as text...
        Assert.Contains(XssPayloads.For(field), await page.Locator("body").TextContentAsync(), StringComparison.Ordinal);

        // ...and nothing of it became markup.
        var injected = await page.EvaluateAsync<string[]>("""
            () => [
                ...document.querySelectorAll('img[src="x"], svg[onload], [onerror], [onload]'),
                ...[...document.scripts].filter(s => s.textContent.includes('alert(1)')),
            ].map(e => e.outerHTML)
            """);
        Assert.Empty(injected);
        Assert.Empty(dialogs);
    }

    private async Task<(Guid InquiryId, string Slug, Guid AppointmentId)> WritePayloadsAsync()
    {
        await using var scope = Host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BackPlanDb>();
        var now = DateTime.UtcNow;
        var patientId = await db.Users.Where(u => u.Email == DemoAccounts.Email(DemoRole.PatientWithHistory)).Select(u => u.PatientId!.Value).SingleAsync();
        var note = await db.SessionNotes.IgnoreQueryFilters().Where(n => n.PatientId == patientId).OrderBy(n => n.Id).FirstAsync();
        var article = await db.Articles.IgnoreQueryFilters().Where(a => a.ClinicId == note.ClinicId && a.Status == ArticleStatus.Published).OrderBy(a => a.Id).FirstAsync();

        var inquiry = new Inquiry
        {
            ClinicId = note.ClinicId, Name = XssPayloads.For("inquiry-name"), Email = "xss@example.com", Description = XssPayloads.For("inquiry-description"),
            Language = "en", ContactConsentAt = now, CreatedAt = now, UpdatedAt = now,
        };
        db.Add(inquiry);
        db.Add(new ArticleComment
        {
            ClinicId = note.ClinicId, ArticleId = article.Id, AuthorName = XssPayloads.For("comment-name"), AuthorEmail = "xss@example.com",
            Text = XssPayloads.For("comment-text"), Status = CommentStatus.Approved, CreatedAt = now,
        });
        db.Add(new SessionNoteAddendum { ClinicId = note.ClinicId, PatientId = patientId, NoteId = note.Id, Text = XssPayloads.For("addendum"), Author = "XSS test", CreatedAt = now });
        await db.SaveChangesAsync();
        return (inquiry.Id, article.Slug, note.AppointmentId);
    }
}
