using System.Net;
using System.Text.RegularExpressions;
using BackPlan.Web.Data;
using BackPlan.Web.Tests.Features.Appointments;
using BackPlan.Web.Tests.Support;
using Ical.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BackPlan.Web.Tests.Features.CalendarFeeds;

public sealed partial class CalendarFeedTests(BackPlanApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Feed_RightToken_ListsOnlyThatPractitionersAppointmentsWithInitials_AndIsAudited()
    {
        var booking = await BookingClinic.CreateAsync(app);
        var second = await booking.AddPractitionerAsync();
        var patients = await booking.AddPatientsAsync(2);
        using var desk = await booking.Clinic.ClientAsAsync(booking.Clinic.FrontDeskEmail);
        var mine = await booking.BookAsync(desk, "treatment-30", BookingClinic.LocalStart(2, 9), patients[0]);
        var response = await desk.PostAsync("/api/v1/appointments", System.Net.Http.Json.JsonContent.Create(
            BookingClinic.Request(patients[1], second, "treatment-30", BookingClinic.LocalStart(2, 9))), Ct);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync(Ct));
        var link = await NewLinkAsync(booking.Clinic.PractitionerEmail);

        using var calendarApp = Browserless.NewClient(app);
        var feed = await calendarApp.GetAsync(link, Ct);

        Assert.Equal(HttpStatusCode.OK, feed.StatusCode);
        Assert.Equal("text/calendar", feed.Content.Headers.ContentType?.MediaType);
        var text = await feed.Content.ReadAsStringAsync(Ct);
        var calendar = Calendar.Load(text)!;
        var e = Assert.Single(calendar.Events);
        Assert.Equal(mine.Id.ToString(), e.Uid);
        Assert.Equal($"Appointment R. {booking.Clinic.Tag[0].ToString().ToUpperInvariant()}.", e.Summary);
        Assert.DoesNotContain("Racer", text, StringComparison.Ordinal); // no patient names
        var audited = await booking.QueryAsync(db => db.AuditEntries.AnyAsync(a => a.Action == "calendar.feed", Ct));
        Assert.True(audited);
    }

    [Fact]
    public async Task Feed_WrongOrReplacedToken_Is404()
    {
        var clinic = await TestClinic.CreateAsync(app);
        var first = await NewLinkAsync(clinic.PractitionerEmail);
        var second = await NewLinkAsync(clinic.PractitionerEmail);
        using var calendarApp = Browserless.NewClient(app);

        Assert.Equal(HttpStatusCode.NotFound, (await calendarApp.GetAsync("/calendar/feed/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA.ics", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await calendarApp.GetAsync(first, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await calendarApp.GetAsync(second, Ct)).StatusCode);
    }

    [Fact]
    public async Task FeedLink_IsStoredOnlyAsAHash()
    {
        var clinic = await TestClinic.CreateAsync(app);
        var link = await NewLinkAsync(clinic.PractitionerEmail);
        var token = link.Split('/')[^1].Replace(".ics", "", StringComparison.Ordinal);

        await using var scope = app.Services.CreateAsyncScope();
        var stored = await scope.ServiceProvider.GetRequiredService<BackPlanDb>().Set<BackPlan.Web.Features.CalendarFeeds.CalendarFeed>()
            .IgnoreQueryFilters().Where(f => f.ClinicId == clinic.Id).Select(f => f.TokenHash).SingleAsync(Ct);
        Assert.NotEqual(token, stored);
        Assert.Equal(BackPlan.Web.Platform.SecretToken.Hash(token), stored);
    }

    private async Task<string> NewLinkAsync(string email)
    {
        using var staff = await Browserless.SignedInAsync(app, email);
        var page = await (await Browserless.PostFormAsync(staff, "/calendar/feed", "new-feed-link", [])).Content.ReadAsStringAsync(Ct);
        var link = FeedLink().Match(page);
        Assert.True(link.Success, page);
        return link.Groups[1].Value;
    }

    [GeneratedRegex(@"value=""https?://[^/""]+(/calendar/feed/[A-Za-z0-9_\-]+\.ics)""")]
    private static partial Regex FeedLink();
}
