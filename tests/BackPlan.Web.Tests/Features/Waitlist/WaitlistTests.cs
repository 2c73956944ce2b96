using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using BackPlan.Clinical.Plans;
using BackPlan.Clinical.Waitlist;
using BackPlan.Web.Features.Alerts;
using BackPlan.Web.Features.Appointments;
using BackPlan.Web.Features.Waitlist;
using BackPlan.Web.Platform.Email;
using BackPlan.Web.Tests.Features.Appointments;
using BackPlan.Web.Tests.Features.HomeProgram;
using BackPlan.Web.Tests.Features.Portal;
using BackPlan.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BackPlan.Web.Tests.Features.Waitlist;

public sealed partial class WaitlistTests(SmtpApp app) : IClassFixture<SmtpApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>The test clinics' today (Europe/Warsaw), which the forms check dates against.</summary>
    private static DateOnly Today => NodaTime.SystemClock.Instance.GetCurrentInstant().InZone(BookingClinic.Warsaw).Date.ToDateOnly();

    [Fact]
    public async Task PortalWaitlist_PatientJoinsThenLeaves_EntryWaitingThenLeft()
    {
        var clinic = await TestClinic.CreateAsync(app);
        var type = await TypeIdAsync(clinic, "treatment-45");
        using var patient = await Browserless.SignedInAsync(app, clinic.PatientEmail);

        var joined = await Browserless.PostFormAsync(patient, "/portal/waitlist", "waitlist", Wishes(type, Today.AddDays(1), Today.AddDays(20), morning: true));

        Assert.Contains("You are on the waitlist.", await PageAsync(joined), StringComparison.Ordinal);
        var entry = await clinic.QueryAsync(db => db.WaitlistEntries.SingleAsync(e => e.PatientId == clinic.PatientId, Ct));
        Assert.Equal(WaitlistStatus.Waiting, entry.Status);
        Assert.Equal(WaitlistPriority.Normal, entry.Priority);
        Assert.Equal(TimesOfDay.Morning, entry.Times);
        Assert.Null(entry.PractitionerId);
        Assert.Equal(Today.AddDays(20), entry.Latest);

        var left = await Browserless.PostFormAsync(patient, "/portal/waitlist", "leave-waitlist", new() { ["LeaveId"] = entry.Id.ToString() });

        Assert.Contains("You have left the waitlist.", await PageAsync(left), StringComparison.Ordinal);
        Assert.Equal(WaitlistStatus.Left, (await EntryAsync(clinic, entry.Id)).Status);
    }

    [Fact]
    public async Task PortalWaitlist_LatestBeforeEarliest_ErrorBesideFieldAndNothingSaved()
    {
        var clinic = await TestClinic.CreateAsync(app);
        var type = await TypeIdAsync(clinic, "treatment-45");
        using var patient = await Browserless.SignedInAsync(app, clinic.PatientEmail);

        var page = await PageAsync(await Browserless.PostFormAsync(patient, "/portal/waitlist", "waitlist", Wishes(type, Today.AddDays(5), Today.AddDays(2))));

        Assert.Contains("The latest date cannot be before the earliest date.", page, StringComparison.Ordinal);
        Assert.Contains(Today.AddDays(5).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), page, StringComparison.Ordinal);
        Assert.False(await clinic.QueryAsync(db => db.WaitlistEntries.AnyAsync(e => e.PatientId == clinic.PatientId, Ct)));
    }

    [Fact]
    public async Task PortalWaitlist_AnotherPatientsEntry_NotShownAndCannotBeLeftByGuessingItsId()
    {
        var clinic = await TestClinic.CreateAsync(app);
        var other = await clinic.RegisterPatientAsync("Olga", "Guess" + clinic.Tag);
        var theirs = await AddEntryAsync(clinic, other.Id, DateTime.UtcNow.AddDays(-1));
        using var patient = await Browserless.SignedInAsync(app, clinic.PatientEmail);

        var page = await patient.GetStringAsync("/portal/waitlist", Ct);
        await Browserless.PostFormAsync(patient, "/portal/waitlist", "leave-waitlist", new() { ["LeaveId"] = theirs.ToString() });

        Assert.DoesNotContain("You are waiting", page, StringComparison.Ordinal);
        Assert.DoesNotContain(theirs.ToString(), page, StringComparison.Ordinal);
        Assert.Equal(WaitlistStatus.Waiting, (await EntryAsync(clinic, theirs)).Status);
    }

    [Fact]
    public async Task FlareUp_WithPlan_RecordsAlertsShowsAgreedAdviceAndPutsPatientFirstInLine()
    {
        var clinic = await TestClinic.CreateAsync(app);
        var (episodeId, planId) = await ProgramSetup.ApprovedProgramAsync(clinic, clinic.PatientId);
        await AddFlareUpPlanAsync(clinic, planId);
        var other = await clinic.RegisterPatientAsync("Ewa", "Early" + clinic.Tag);
        await AddEntryAsync(clinic, other.Id, DateTime.UtcNow.AddDays(-10));
        using var patient = await Browserless.SignedInAsync(app, clinic.PatientEmail);

        var page = await PageAsync(await Browserless.PostFormAsync(patient, "/portal/flare-up", "flare-up",
            new() { ["Input.Pain"] = "8", ["Input.Note"] = "Bent over the sink this morning" }));

        Assert.Contains("When a flare-up starts: stay calm", page, StringComparison.Ordinal);
        Assert.Contains("In a flare-up, move in a smaller range", page, StringComparison.Ordinal);
        Assert.Contains("When to seek help urgently", page, StringComparison.Ordinal);
        var flareUp = await clinic.QueryAsync(db => db.FlareUps.SingleAsync(f => f.PatientId == clinic.PatientId, Ct));
        Assert.Equal(8, flareUp.Pain);
        Assert.Equal("Bent over the sink this morning", flareUp.Note);
        Assert.Equal(episodeId, flareUp.EpisodeId);
        var kinds = await clinic.QueryAsync(db => db.Alerts.Where(a => a.PatientId == clinic.PatientId).Select(a => a.Kind).ToListAsync(Ct));
        Assert.Contains(AlertKinds.FlareUp, kinds);
        Assert.Contains(AlertKinds.HighPain, kinds);
        var entry = await clinic.QueryAsync(db => db.WaitlistEntries.SingleAsync(e => e.PatientId == clinic.PatientId, Ct));
        Assert.Equal(WaitlistPriority.FlareUp, entry.Priority);
        Assert.True(entry.Latest >= Today.AddDays(WaitlistRules.FlareUpDays - 1));

        using var desk = await Browserless.SignedInAsync(app, clinic.FrontDeskEmail);
        var queue = await desk.GetStringAsync("/waitlist", Ct);
        Assert.True(queue.IndexOf(clinic.PatientId.ToString(), StringComparison.Ordinal) < queue.IndexOf(other.Id.ToString(), StringComparison.Ordinal), queue);
    }

    [Fact]
    public async Task FlareUp_NoPlanNoRating_StillRecordsAlertsAndShowsUrgentAdvice()
    {
        var clinic = await TestClinic.CreateAsync(app);
        using var patient = await Browserless.SignedInAsync(app, clinic.PatientEmail);

        var page = await PageAsync(await Browserless.PostFormAsync(patient, "/portal/flare-up", "flare-up", new() { ["Input.Note"] = "" }));

        Assert.Contains("We have told your clinic", page, StringComparison.Ordinal);
        Assert.Contains("When to seek help urgently", page, StringComparison.Ordinal);
        Assert.Null((await clinic.QueryAsync(db => db.FlareUps.SingleAsync(f => f.PatientId == clinic.PatientId, Ct))).Pain);
        Assert.Equal([AlertKinds.FlareUp], await clinic.QueryAsync(db => db.Alerts.Where(a => a.PatientId == clinic.PatientId).Select(a => a.Kind).ToListAsync(Ct)));
    }

    [Fact]
    public async Task Cancel_FreedSlot_OffersByEmailInPriorityOrderFlareUpFirst_OnlyToEntriesItFits()
    {
        var booking = await BookingClinic.CreateAsync(app);
        var clinic = booking.Clinic;
        var joined = DateTime.UtcNow.AddDays(-30);
        var normals = new List<Guid>();
        for (var i = 0; i < 5; i++)
        {
            var p = await clinic.RegisterPatientAsync($"Norma{(char)('a' + i)}", "Queue" + clinic.Tag);
            normals.Add(p.Id);
            await AddEntryAsync(clinic, p.Id, joined.AddHours(i));
        }

        var flare = await clinic.RegisterPatientAsync("Flora", "Queue" + clinic.Tag);
        await AddEntryAsync(clinic, flare.Id, joined.AddDays(20), WaitlistPriority.FlareUp);
        var tooLong = await clinic.RegisterPatientAsync("Lena", "Queue" + clinic.Tag);
        await AddEntryAsync(clinic, tooLong.Id, joined.AddDays(-1), type: "treatment-60");
        var evenings = await clinic.RegisterPatientAsync("Wiktor", "Queue" + clinic.Tag);
        await AddEntryAsync(clinic, evenings.Id, joined.AddDays(-1), times: TimesOfDay.Evening);

        await BookAndCancelAsync(booking, daysAhead: 2, hour: 10);

        var offered = await clinic.QueryAsync(db => db.WaitlistOffers.Select(o => o.PatientId).ToListAsync(Ct));
        Assert.Equal(5, offered.Count);
        Assert.Contains(flare.Id, offered);
        Assert.Equal(normals.Take(4).Order(), offered.Where(id => id != flare.Id).Order());
        await SendMailAsync();
        Assert.Single(LinksTo(flare.Email!));
        Assert.Single(LinksTo($"normaa.queue{clinic.Tag}@example.com".ToLowerInvariant()));
        Assert.Empty(LinksTo($"normae.queue{clinic.Tag}@example.com".ToLowerInvariant()));
        Assert.Empty(LinksTo(tooLong.Email!));
        Assert.Empty(LinksTo(evenings.Email!));
        Assert.Equal(WaitlistStatus.Offered, (await clinic.QueryAsync(db => db.WaitlistEntries.SingleAsync(e => e.PatientId == flare.Id, Ct))).Status);
    }

    [Fact]
    public async Task Accept_TwoPatientsOneAfterTheOther_FirstBooksSecondSeesGoneAndGetsGoneEmail()
    {
        var booking = await BookingClinic.CreateAsync(app);
        var clinic = booking.Clinic;
        var first = await clinic.RegisterPatientAsync("Ala", "Race" + clinic.Tag);
        var second = await clinic.RegisterPatientAsync("Basia", "Race" + clinic.Tag);
        await AddEntryAsync(clinic, first.Id, DateTime.UtcNow.AddDays(-2));
        await AddEntryAsync(clinic, second.Id, DateTime.UtcNow.AddDays(-1));
        var start = await BookAndCancelAsync(booking, daysAhead: 3, hour: 9);
        await SendMailAsync();
        using var a = Browserless.NewClient(app);
        using var b = Browserless.NewClient(app);
        var linkA = Assert.Single(LinksTo(first.Email!));
        var linkB = Assert.Single(LinksTo(second.Email!));
        var openedByB = await b.GetStringAsync(linkB, Ct);
        Assert.Contains("Book this slot", openedByB, StringComparison.Ordinal);

        var pageA = await PageAsync(await Browserless.PostFormAsync(a, linkA, "accept-offer", new()));
        var pageB = await PageAsync(await PostOpenedAsync(b, linkB, openedByB));

        Assert.Contains("is booked", pageA, StringComparison.Ordinal);
        Assert.Contains("this slot has gone", pageB, StringComparison.Ordinal);
        Assert.Contains("href=\"/portal\"", pageB, StringComparison.Ordinal);
        var booked = await clinic.QueryAsync(db => db.Appointments.Where(a => a.StartUtc == start && a.Status == AppointmentStatus.Booked).Select(a => a.PatientId).ToListAsync(Ct));
        Assert.Equal([first.Id], booked);
        Assert.Equal(WaitlistStatus.Booked, (await clinic.QueryAsync(db => db.WaitlistEntries.SingleAsync(e => e.PatientId == first.Id, Ct))).Status);
        Assert.Equal(WaitlistStatus.Waiting, (await clinic.QueryAsync(db => db.WaitlistEntries.SingleAsync(e => e.PatientId == second.Id, Ct))).Status);
        await SendMailAsync();
        Assert.Equal([SlotOffers.GoneEmail], await SentKindsAsync(clinic, second.Email!, SlotOffers.GoneEmail));
        Assert.Equal(2, MessagesTo(second.Email!)); // the offer and "gone", through the SMTP server
        Assert.Equal([BackPlan.Web.Features.Reminders.BookingEmails.Confirmation], await SentKindsAsync(clinic, first.Email!, BackPlan.Web.Features.Reminders.BookingEmails.Confirmation));
        Assert.Empty(await SentKindsAsync(clinic, first.Email!, SlotOffers.GoneEmail));
    }

    [Fact]
    public async Task Accept_TwoPatientsAtOnce_ExactlyOneBooked_TheOtherToldOnce()
    {
        var booking = await BookingClinic.CreateAsync(app);
        var clinic = booking.Clinic;
        var patients = new[] { await clinic.RegisterPatientAsync("Cyryl", "Both" + clinic.Tag), await clinic.RegisterPatientAsync("Dorota", "Both" + clinic.Tag) };
        foreach (var p in patients)
        {
            await AddEntryAsync(clinic, p.Id, DateTime.UtcNow.AddDays(-1));
        }

        var start = await BookAndCancelAsync(booking, daysAhead: 4, hour: 14);
        await SendMailAsync();
        var clients = patients.Select(_ => Browserless.NewClient(app)).ToList();
        var links = patients.Select(p => Assert.Single(LinksTo(p.Email!))).ToList();
        var opened = await Task.WhenAll(clients.Select((c, i) => c.GetStringAsync(links[i], Ct)));

        var pages = await Task.WhenAll(clients.Select((c, i) => PostOpenedAsync(c, links[i], opened[i])));

        clients.ForEach(c => c.Dispose());
        Assert.All(pages, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        var winner = Assert.Single(await clinic.QueryAsync(db => db.Appointments.Where(a => a.StartUtc == start && a.Status == AppointmentStatus.Booked).Select(a => a.PatientId).ToListAsync(Ct)));
        var loser = patients.Single(p => p.Id != winner);
        await SendMailAsync();
        Assert.Equal([SlotOffers.GoneEmail], await SentKindsAsync(clinic, loser.Email!, SlotOffers.GoneEmail));
        Assert.Equal(OfferStatus.Gone, (await clinic.QueryAsync(db => db.WaitlistOffers.SingleAsync(o => o.PatientId == loser.Id, Ct))).Status);
    }

    [Fact]
    public async Task OfferLink_ExpiredUsedOrWrong_BooksNothing()
    {
        var booking = await BookingClinic.CreateAsync(app);
        var clinic = booking.Clinic;
        var late = await clinic.RegisterPatientAsync("Edyta", "Late" + clinic.Tag);
        var quick = await clinic.RegisterPatientAsync("Felek", "Late" + clinic.Tag);
        await AddEntryAsync(clinic, late.Id, DateTime.UtcNow.AddDays(-2));
        await AddEntryAsync(clinic, quick.Id, DateTime.UtcNow.AddDays(-1));
        var start = await BookAndCancelAsync(booking, daysAhead: 5, hour: 11);
        await SendMailAsync();
        using var browser = Browserless.NewClient(app);

        var lateLink = Assert.Single(LinksTo(late.Email!));
        var opened = await browser.GetStringAsync(lateLink, Ct);
        await clinic.QueryAsync(db => db.WaitlistOffers.Where(o => o.PatientId == late.Id).ExecuteUpdateAsync(s => s.SetProperty(o => o.ExpiresAt, DateTime.UtcNow.AddMinutes(-1)), Ct));
        var expired = await browser.GetStringAsync(lateLink, Ct);
        var afterPost = await PageAsync(await PostOpenedAsync(browser, lateLink, opened));
        var quickLink = Assert.Single(LinksTo(quick.Email!));
        await Browserless.PostFormAsync(browser, quickLink, "accept-offer", new());
        var used = await browser.GetStringAsync(quickLink, Ct);
        var wrong = await browser.GetStringAsync("/waitlist/offers/not-a-real-offer-token-000000000000", Ct);

        Assert.DoesNotContain("Book this slot", expired, StringComparison.Ordinal);
        Assert.Contains("this slot has gone", afterPost, StringComparison.Ordinal);
        Assert.Contains("this slot has gone", expired, StringComparison.Ordinal);
        Assert.DoesNotContain("Book this slot", used, StringComparison.Ordinal);
        Assert.Contains("This link is not valid.", wrong, StringComparison.Ordinal);
        Assert.Equal([quick.Id], await clinic.QueryAsync(db => db.Appointments.Where(a => a.StartUtc == start && a.Status == AppointmentStatus.Booked).Select(a => a.PatientId).ToListAsync(Ct)));
    }

    [Fact]
    public async Task Accept_PatientBlockedByARedFlag_RefusedWithTheBookingsReasonAndNothingBooked()
    {
        var booking = await BookingClinic.CreateAsync(app);
        var clinic = booking.Clinic;
        var flagged = await clinic.RegisterPatientAsync("Gosia", "Flag" + clinic.Tag);
        using (var pages = await Browserless.SignedInAsync(app, clinic.PractitionerEmail))
        {
            await Plans.PlanSteps.IntakeAsync(pages, flagged.Id, f => f["rf.saddle_numbness"] = "true");
        }

        await AddEntryAsync(clinic, flagged.Id, DateTime.UtcNow.AddDays(-1));
        var start = await BookAndCancelAsync(booking, daysAhead: 6, hour: 10);
        await SendMailAsync();
        using var browser = Browserless.NewClient(app);

        var page = await PageAsync(await Browserless.PostFormAsync(browser, Assert.Single(LinksTo(flagged.Email!)), "accept-offer", new()));

        Assert.Contains("This appointment could not be booked", page, StringComparison.Ordinal);
        Assert.False(await clinic.QueryAsync(db => db.Appointments.AnyAsync(a => a.StartUtc == start && a.Status == AppointmentStatus.Booked, Ct)));
    }

    [Fact]
    public async Task StaffProgress_AfterAFlareUp_TimelineShowsIt()
    {
        var clinic = await TestClinic.CreateAsync(app);
        await ProgramSetup.ApprovedProgramAsync(clinic, clinic.PatientId);
        using var patient = await Browserless.SignedInAsync(app, clinic.PatientEmail);
        await Browserless.PostFormAsync(patient, "/portal/flare-up", "flare-up", new() { ["Input.Pain"] = "5" });
        using var therapist = await Browserless.SignedInAsync(app, clinic.PractitionerEmail);

        var page = await therapist.GetStringAsync($"/patients/{clinic.PatientId}/progress", Ct);

        Assert.Contains("Flare-up reported × 1", WebUtility.HtmlDecode(page), StringComparison.Ordinal);
    }

    [Fact]
    public async Task NotePage_FlareUpSinceLastVisit_PreDraftMentionsDayPainAndNote()
    {
        var s = await Sessions.SessionClinic.CreateAsync(app);
        await s.AppointmentAsync(-24 * 7, AppointmentStatus.Attended);
        var at = DateTime.UtcNow.AddDays(-3);
        await s.Clinic.QueryAsync(async db =>
        {
            db.FlareUps.Add(new FlareUp { ClinicId = s.Clinic.Id, PatientId = s.Clinic.PatientId, RecordedAt = at, Pain = 8, Note = "Lifted a heavy box" });
            return await db.SaveChangesAsync(Ct);
        });
        var today = await s.AppointmentAsync(-1);
        using var client = await Browserless.SignedInAsync(app, s.Clinic.PractitionerEmail);

        var page = WebUtility.HtmlDecode(await client.GetStringAsync($"/appointments/{today}/note", Ct));

        var day = NodaTime.Instant.FromDateTimeUtc(at).InZone(BookingClinic.Warsaw).Date.ToDateOnly().ToString("ddd d MMM", CultureInfo.InvariantCulture);
        Assert.Contains($"Reported a flare-up on {day}, pain 8/10: \"Lifted a heavy box\"", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StaffAddsPatient_FromPatientPage_EntryJoinedByStaff()
    {
        var clinic = await TestClinic.CreateAsync(app);
        var type = await TypeIdAsync(clinic, "review");
        using var desk = await Browserless.SignedInAsync(app, clinic.FrontDeskEmail);

        Assert.Contains($"/patients/{clinic.PatientId}/waitlist", await desk.GetStringAsync($"/patients/{clinic.PatientId}", Ct), StringComparison.Ordinal);
        await Browserless.PostFormAsync(desk, $"/patients/{clinic.PatientId}/waitlist", "waitlist", Wishes(type, Today, Today.AddDays(7)));

        var entry = await clinic.QueryAsync(db => db.WaitlistEntries.SingleAsync(e => e.PatientId == clinic.PatientId, Ct));
        Assert.Equal(type, entry.AppointmentTypeId);
        Assert.Contains(clinic.PatientId.ToString(), await desk.GetStringAsync("/waitlist", Ct), StringComparison.Ordinal);
    }

    [Fact]
    public void EveryWaitlistMessage_HasAPolishTranslation()
    {
        var strings = new System.Resources.ResourceManager("BackPlan.Web.Resources.SharedResource", typeof(Program).Assembly);
        var untranslated = WaitlistInput.Messages.Concat(FlareUpInput.Messages).Where(k => strings.GetString(k, new CultureInfo("pl")) is null).ToList();
        Assert.Empty(untranslated);
    }

    private static Dictionary<string, string> Wishes(Guid type, DateOnly earliest, DateOnly latest, bool morning = false)
    {
        var fields = new Dictionary<string, string>
        {
            ["Input.TypeId"] = type.ToString(),
            ["Input.PractitionerId"] = "",
            ["Input.Earliest"] = earliest.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["Input.Latest"] = latest.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        };
        if (morning)
        {
            fields["Input.Morning"] = "true";
        }

        return fields;
    }

    private static Task<Guid> TypeIdAsync(TestClinic clinic, string code) =>
        clinic.QueryAsync(db => db.AppointmentTypes.Where(t => t.Code == code).Select(t => t.Id).SingleAsync(Ct));

    private static Task<WaitlistEntry> EntryAsync(TestClinic clinic, Guid id) =>
        clinic.QueryAsync(db => db.WaitlistEntries.AsNoTracking().SingleAsync(e => e.Id == id, Ct));

    private static Task<Guid> AddEntryAsync(TestClinic clinic, Guid patientId, DateTime joinedAt, WaitlistPriority priority = WaitlistPriority.Normal, string type = "treatment-45", TimesOfDay times = TimesOfDay.Any) =>
        clinic.QueryAsync(async db =>
        {
            var entry = new WaitlistEntry
            {
                ClinicId = clinic.Id,
                PatientId = patientId,
                AppointmentTypeId = await db.AppointmentTypes.Where(t => t.Code == type).Select(t => t.Id).SingleAsync(Ct),
                Earliest = Today,
                Latest = Today.AddDays(14),
                Times = times,
                Priority = priority,
                JoinedAt = joinedAt,
                JoinedBy = "test",
            };
            db.WaitlistEntries.Add(entry);
            await db.SaveChangesAsync(Ct);
            return entry.Id;
        });

    private static Task<int> AddFlareUpPlanAsync(TestClinic clinic, Guid planId) => clinic.QueryAsync(async db =>
    {
        var plan = await db.PlanVersions.SingleAsync(p => p.Id == planId, Ct);
        plan.Elements = [.. plan.Elements, new PlanElement(PlanVocabulary.SelfManagement, null, null, null, "self-management", null, null, FlareUpAdvice.PlanTopic, null, "reason", "nice-ng59", [])];
        return await db.SaveChangesAsync(Ct);
    });

    /// <summary>Books the clinic's patient for a 45-minute treatment and cancels it (staff, through the API); returns the freed start.</summary>
    private static async Task<DateTime> BookAndCancelAsync(BookingClinic booking, int daysAhead, int hour)
    {
        using var desk = await booking.Clinic.ClientAsAsync(booking.Clinic.FrontDeskEmail);
        var appointment = await booking.BookAsync(desk, "treatment-45", BookingClinic.LocalStart(daysAhead, hour));
        var cancelled = await desk.PostAsJsonAsync($"/api/v1/appointments/{appointment.Id}/cancel", new { reason = "Patient has a cold" }, Ct);
        Assert.True(cancelled.IsSuccessStatusCode, await cancelled.Content.ReadAsStringAsync(Ct));
        return await booking.QueryAsync(db => db.Appointments.Where(a => a.Id == appointment.Id).Select(a => a.StartUtc).SingleAsync(Ct));
    }

    private Task<int> SendMailAsync() => app.Services.GetRequiredService<OutboxSender>().SendDueAsync(Ct);

    private int MessagesTo(string address) =>
        app.Smtp.Messages.Count(m => m.To.Mailboxes.Any(b => b.Address.Equals(address, StringComparison.OrdinalIgnoreCase)));

    /// <summary>The kinds of the sent outbox messages of <paramref name="kind"/> to <paramref name="address"/> (the test clinics write Polish, so kinds, not subjects).</summary>
    private static Task<List<string>> SentKindsAsync(TestClinic clinic, string address, string kind) =>
        clinic.QueryAsync(db => db.Set<OutboxMessage>().Where(m => m.To == address && m.Kind == kind && m.SentAt != null).Select(m => m.Kind).ToListAsync(Ct));

    /// <summary>Posts the offer page's form as it was loaded earlier: a patient who opened the link, then clicks later.</summary>
    private static Task<HttpResponseMessage> PostOpenedAsync(HttpClient client, string url, string loadedPage)
    {
        var token = Browserless.AntiforgeryTokenOf(loadedPage);
        Assert.True(token is not null, loadedPage);
        return client.PostAsync(url, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "accept-offer",
            ["__RequestVerificationToken"] = token,
        }), Ct);
    }

    /// <summary>The offer links (path only) in the mail to <paramref name="address"/>.</summary>
    private List<string> LinksTo(string address) => app.Smtp.Messages
        .Where(m => m.To.Mailboxes.Any(b => b.Address.Equals(address, StringComparison.OrdinalIgnoreCase)))
        .Select(m => OfferLink().Match(m.TextBody ?? "")).Where(m => m.Success).Select(m => m.Groups[1].Value).ToList();

    private static async Task<string> PageAsync(HttpResponseMessage response) =>
        WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(Ct));

    [GeneratedRegex(@"http://localhost(/waitlist/offers/[A-Za-z0-9_\-]+)")]
    private static partial Regex OfferLink();
}
