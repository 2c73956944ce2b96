using System.Net;
using BackPlan.Web.Platform.Email;
using BackPlan.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BackPlan.Web.Tests.Features.OutboxAdmin;

/// <summary>The default test app has no SMTP host: mail goes to the pickup folder, as in development.</summary>
public sealed class OutboxPageTests(BackPlanApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task OutboxPage_FailedMessage_ShowsErrorAndRetryQueuesItAgain()
    {
        var clinic = await TestClinic.CreateAsync(app);
        var id = await clinic.QueryAsync(async db =>
        {
            var message = new OutboxMessage { Kind = "test", To = $"failed-{clinic.Tag}@example.com", Subject = "Hello", TextBody = "Body", Attempts = 6, Failed = true, LastError = "Mailbox unavailable " + clinic.Tag, SendAfter = DateTime.UtcNow };
            db.Outbox.Add(message);
            await db.SaveChangesAsync(Ct);
            return message.Id;
        });
        using var admin = await Browserless.SignedInAsync(app, clinic.AdminEmail);

        var page = await admin.GetStringAsync("/admin/outbox", Ct);
        Assert.Contains($"failed-{clinic.Tag}@example.com", page, StringComparison.Ordinal);
        Assert.Contains("Mailbox unavailable " + clinic.Tag, page, StringComparison.Ordinal);
        Assert.Contains(app.MailDirectory, page, StringComparison.Ordinal);

        var retried = await Browserless.PostFormAsync(admin, "/admin/outbox", $"retry-{id}", new() { ["RetryId"] = id.ToString() });
        Assert.Equal(HttpStatusCode.OK, retried.StatusCode);

        var message = await clinic.QueryAsync(db => db.Outbox.SingleAsync(m => m.Id == id, Ct));
        Assert.False(message.Failed);
        Assert.Equal(0, message.Attempts);
        Assert.True(await app.Services.GetRequiredService<OutboxSender>().SendDueAsync(Ct) >= 1);
        Assert.NotNull((await clinic.QueryAsync(db => db.Outbox.SingleAsync(m => m.Id == id, Ct))).SentAt);
    }

    [Fact]
    public async Task OutboxPage_PickupFolder_LinksToTheEmlOfOwnClinicOnly()
    {
        var clinic = await TestClinic.CreateAsync(app);
        var other = await TestClinic.CreateAsync(app);
        var mine = await EnqueueAsync(clinic);
        var theirs = await EnqueueAsync(other);
        await app.Services.GetRequiredService<OutboxSender>().SendDueAsync(Ct);
        using var admin = await Browserless.SignedInAsync(app, clinic.AdminEmail);

        var page = await admin.GetStringAsync("/admin/outbox", Ct);
        Assert.Contains($"/admin/outbox/{mine}/eml", page, StringComparison.Ordinal);
        Assert.DoesNotContain(theirs.ToString(), page, StringComparison.Ordinal);

        var eml = await admin.GetStringAsync($"/admin/outbox/{mine}/eml", Ct);
        Assert.Contains("Subject: Note " + clinic.Tag, eml, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"/admin/outbox/{theirs}/eml", Ct)).StatusCode);
    }

    [Fact]
    public async Task OutboxPage_NonAdmin_IsRefused()
    {
        var clinic = await TestClinic.CreateAsync(app);
        using var frontDesk = await Browserless.SignedInAsync(app, clinic.FrontDeskEmail);

        Assert.NotEqual(HttpStatusCode.OK, (await frontDesk.GetAsync("/admin/outbox", Ct)).StatusCode);
    }

    private static Task<Guid> EnqueueAsync(TestClinic clinic) => clinic.InScopeAsync(async sp =>
    {
        var message = sp.GetRequiredService<Outbox>().Enqueue("test", $"note-{clinic.Tag}@example.com", "Note " + clinic.Tag, "Body");
        await sp.GetRequiredService<BackPlan.Web.Data.BackPlanDb>().SaveChangesAsync(Ct);
        return message.Id;
    });
}
