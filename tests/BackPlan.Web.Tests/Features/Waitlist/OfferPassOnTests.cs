using System.Net.Http.Json;
using BackPlan.Clinical.Waitlist;
using BackPlan.Web.Features.Waitlist;
using BackPlan.Web.Tests.Features.Appointments;
using BackPlan.Web.Tests.Features.Inquiries;
using BackPlan.Web.Tests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BackPlan.Web.Tests.Features.Waitlist;

/// <summary>An app offering each freed slot to one patient at a time, with a clock the tests move forward.</summary>
public sealed class OfferClockApp : BackPlanApp
{
    public InquiryApp.ShiftedTime Time { get; } = new();

    protected override void Configure(IWebHostBuilder builder)
    {
        builder.UseSetting("Waitlist:OffersPerSlot", "1");
        // The tests run the scan themselves.
        builder.UseSetting("Waitlist:PassOnInterval", "01:00:00");
        builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Time));
    }
}

public sealed class OfferPassOnTests(OfferClockApp app) : IClassFixture<OfferClockApp>
{
    private static readonly TimeSpan PastExpiry = TimeSpan.FromHours(new WaitlistOptions().OfferHours).Add(TimeSpan.FromMinutes(1));

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static DateOnly Today => NodaTime.SystemClock.Instance.GetCurrentInstant().InZone(BookingClinic.Warsaw).Date.ToDateOnly();

    [Fact]
    public async Task PassOn_OffersExpiredUnaccepted_NextInLineOfferedAndFirstBackToWaiting()
    {
        var booking = await BookingClinic.CreateAsync(app);
        var (first, second) = await TwoWaitingAsync(booking);
        var slot = await BookAndCancelAsync(booking, daysAhead: 3, hour: 10);
        Assert.Equal([first.Entry], await OfferedEntriesAsync(booking, slot));

        app.Time.Pass(PastExpiry);
        await ScanAsync();

        var offers = await OffersAsync(booking, slot);
        Assert.Equal(OfferStatus.Expired, offers.Single(o => o.EntryId == first.Entry).Status);
        var next = offers.Single(o => o.EntryId == second.Entry);
        Assert.Equal(OfferStatus.Open, next.Status);
        Assert.True(next.ExpiresAt > app.Time.GetUtcNow().UtcDateTime);
        Assert.Equal(WaitlistStatus.Waiting, await EntryStatusAsync(booking, first.Entry));
        Assert.Equal(WaitlistStatus.Offered, await EntryStatusAsync(booking, second.Entry));
        Assert.Equal(1, await booking.QueryAsync(db => db.Outbox.CountAsync(m => m.Kind == SlotOffers.OfferEmail && m.To == second.Email, Ct)));

        await ScanAsync();

        Assert.Equal(2, (await OffersAsync(booking, slot)).Count);
    }

    [Fact]
    public async Task PassOn_EveryFittingEntryAlreadyOffered_NothingNewAndEntriesWaitAgain()
    {
        var booking = await BookingClinic.CreateAsync(app);
        var (first, second) = await TwoWaitingAsync(booking);
        var slot = await BookAndCancelAsync(booking, daysAhead: 4, hour: 10);
        app.Time.Pass(PastExpiry);
        await ScanAsync();

        app.Time.Pass(PastExpiry);
        await ScanAsync();

        var offers = await OffersAsync(booking, slot);
        Assert.Equal(2, offers.Count);
        Assert.All(offers, o => Assert.Equal(OfferStatus.Expired, o.Status));
        Assert.Equal(WaitlistStatus.Waiting, await EntryStatusAsync(booking, first.Entry));
        Assert.Equal(WaitlistStatus.Waiting, await EntryStatusAsync(booking, second.Entry));
    }

    [Fact]
    public async Task PassOn_SlotBookedMeanwhile_NotOfferedAgain()
    {
        var booking = await BookingClinic.CreateAsync(app);
        var (first, second) = await TwoWaitingAsync(booking);
        var slot = await BookAndCancelAsync(booking, daysAhead: 5, hour: 10);
        using (var desk = await booking.Clinic.ClientAsAsync(booking.Clinic.FrontDeskEmail))
        {
            await booking.BookAsync(desk, "treatment-45", BookingClinic.LocalStart(5, 10));
        }

        app.Time.Pass(PastExpiry);
        await ScanAsync();

        Assert.Equal([first.Entry], await OfferedEntriesAsync(booking, slot));
        Assert.Equal(WaitlistStatus.Waiting, await EntryStatusAsync(booking, first.Entry));
        Assert.Equal(WaitlistStatus.Waiting, await EntryStatusAsync(booking, second.Entry));
    }

    [Fact]
    public async Task PassOn_SlotStartsWithinOneOfferWindow_NotOfferedAgain()
    {
        var booking = await BookingClinic.CreateAsync(app);
        var (first, _) = await TwoWaitingAsync(booking);
        var slot = await BookAndCancelAsync(booking, daysAhead: 6, hour: 10);
        // The slot now starts in an hour, and its offer has just expired.
        var now = app.Time.GetUtcNow().UtcDateTime;
        await booking.QueryAsync(db => db.Appointments.Where(a => a.Id == slot)
            .ExecuteUpdateAsync(s => s.SetProperty(a => a.StartUtc, now.AddHours(1)).SetProperty(a => a.EndUtc, now.AddHours(1).AddMinutes(45)), Ct));
        await booking.QueryAsync(db => db.WaitlistOffers.Where(o => o.FreedAppointmentId == slot)
            .ExecuteUpdateAsync(s => s.SetProperty(o => o.ExpiresAt, now.AddMinutes(-1)), Ct));

        await ScanAsync();

        Assert.Equal([first.Entry], await OfferedEntriesAsync(booking, slot));
        Assert.Equal(OfferStatus.Expired, Assert.Single(await OffersAsync(booking, slot)).Status);
    }

    [Fact]
    public async Task PassOn_AnotherClinicsSlotFails_ThisClinicsSlotStillPassedOn()
    {
        var broken = await BookingClinic.CreateAsync(app);
        var (brokenFirst, _) = await TwoWaitingAsync(broken);
        var brokenSlot = await BookAndCancelAsync(broken, daysAhead: 7, hour: 10);
        // Bad data in one clinic: a freed slot at the very end of the calendar, which a wait list
        // reaching that far would fit, so offering it runs past the last representable instant.
        await broken.QueryAsync(db => db.Appointments.Where(a => a.Id == brokenSlot)
            .ExecuteUpdateAsync(s => s.SetProperty(a => a.StartUtc, DateTime.MaxValue.AddMinutes(-30)).SetProperty(a => a.EndUtc, DateTime.MaxValue.AddMinutes(-1)), Ct));
        await broken.QueryAsync(db => db.WaitlistEntries.Where(e => e.ClinicId == broken.Clinic.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(e => e.Latest, DateOnly.MaxValue), Ct));
        var booking = await BookingClinic.CreateAsync(app);
        var (_, second) = await TwoWaitingAsync(booking);
        var slot = await BookAndCancelAsync(booking, daysAhead: 7, hour: 14);
        app.Time.Pass(PastExpiry);

        await ScanAsync();

        Assert.Contains(second.Entry, await OfferedEntriesAsync(booking, slot));
        Assert.Equal([brokenFirst.Entry], await OfferedEntriesAsync(broken, brokenSlot));
    }

    private Task<int> ScanAsync() => app.Services.GetRequiredService<ExpiredOfferScan>().PassOnAsync(Ct);

    /// <summary>Two patients waiting for a 45-minute treatment at any time, the first joined earlier.</summary>
    private static async Task<((Guid Entry, string Email) First, (Guid Entry, string Email) Second)> TwoWaitingAsync(BookingClinic booking)
    {
        var clinic = booking.Clinic;
        var first = await clinic.RegisterPatientAsync("Adam", "Next" + clinic.Tag);
        var second = await clinic.RegisterPatientAsync("Bogna", "Next" + clinic.Tag);
        return ((await AddEntryAsync(clinic, first.Id, DateTime.UtcNow.AddDays(-2)), first.Email!),
            (await AddEntryAsync(clinic, second.Id, DateTime.UtcNow.AddDays(-1)), second.Email!));
    }

    private static Task<Guid> AddEntryAsync(TestClinic clinic, Guid patientId, DateTime joinedAt) =>
        clinic.QueryAsync(async db =>
        {
            var entry = new WaitlistEntry
            {
                ClinicId = clinic.Id,
                PatientId = patientId,
                AppointmentTypeId = await db.AppointmentTypes.Where(t => t.Code == "treatment-45").Select(t => t.Id).SingleAsync(Ct),
                Earliest = Today,
                Latest = Today.AddDays(14),
                Times = TimesOfDay.Any,
                JoinedAt = joinedAt,
                JoinedBy = "test",
            };
            db.WaitlistEntries.Add(entry);
            await db.SaveChangesAsync(Ct);
            return entry.Id;
        });

    /// <summary>Books the clinic's own patient and cancels the visit (staff, through the API); returns the freed appointment's id.</summary>
    private static async Task<Guid> BookAndCancelAsync(BookingClinic booking, int daysAhead, int hour)
    {
        using var desk = await booking.Clinic.ClientAsAsync(booking.Clinic.FrontDeskEmail);
        var appointment = await booking.BookAsync(desk, "treatment-45", BookingClinic.LocalStart(daysAhead, hour));
        var cancelled = await desk.PostAsJsonAsync($"/api/v1/appointments/{appointment.Id}/cancel", new { reason = "Patient has a cold" }, Ct);
        Assert.True(cancelled.IsSuccessStatusCode, await cancelled.Content.ReadAsStringAsync(Ct));
        return appointment.Id;
    }

    private static Task<List<WaitlistOffer>> OffersAsync(BookingClinic booking, Guid slot) =>
        booking.QueryAsync(db => db.WaitlistOffers.AsNoTracking().Where(o => o.FreedAppointmentId == slot).ToListAsync(Ct));

    private static Task<List<Guid>> OfferedEntriesAsync(BookingClinic booking, Guid slot) =>
        booking.QueryAsync(db => db.WaitlistOffers.Where(o => o.FreedAppointmentId == slot).Select(o => o.EntryId).ToListAsync(Ct));

    private static Task<WaitlistStatus> EntryStatusAsync(BookingClinic booking, Guid entry) =>
        booking.QueryAsync(db => db.WaitlistEntries.Where(e => e.Id == entry).Select(e => e.Status).SingleAsync(Ct));
}
