using System.Net;
using System.Text.RegularExpressions;
using BackPlan.Clinical.Plans;
using BackPlan.Web.Features.Appointments;
using BackPlan.Web.Features.PortalAppointments;
using BackPlan.Web.Features.Reminders;
using BackPlan.Web.Tests.Features.Appointments;
using BackPlan.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using static BackPlan.Web.Tests.Features.PortalAppointments.PortalBookingSetup;

namespace BackPlan.Web.Tests.Features.PortalAppointments;

/// <summary>Patients book and cancel their own sessions in the portal, within their plan's schedule.</summary>
public partial class PortalBookingTests(BackPlanApp app)
{
    private static readonly PlanSchedule SixOverFour = new(6, 4, 45);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Book_FreeSlotOfTheirPractitioner_BooksTreatmentAndQueuesConfirmation()
    {
        var b = await BookingClinic.CreateAsync(app);
        await PlanAsync(b, SixOverFour);
        await AppointmentAsync(b, LocalUtc(-1, 10), AppointmentStatus.Attended);
        using var client = await Browserless.SignedInAsync(app, b.Clinic.PatientEmail);
        var start = FirstSlot(await PageAsync(client, "/portal/book"));

        var page = await PageAsync(await Browserless.PostFormAsync(client, "/portal/book", "book", Fields(start, "treatment-45")));

        Assert.Contains("Your session is booked.", page, StringComparison.Ordinal);
        var booked = await b.QueryAsync(db => db.Appointments.SingleAsync(a => a.Status == AppointmentStatus.Booked, Ct));
        Assert.Equal(DateTimeOffset.Parse(start, System.Globalization.CultureInfo.InvariantCulture).UtcDateTime, booked.StartUtc);
        Assert.Equal(b.PractitionerId, booked.PractitionerId);
        Assert.Equal(TimeSpan.FromMinutes(45), booked.EndUtc - booked.StartUtc);
        Assert.True(await b.QueryAsync(db => db.Outbox.AnyAsync(m => m.RelatedId == booked.Id && m.Kind == BookingEmails.Confirmation, Ct)));
    }

    [Fact]
    public async Task Book_CraftedTypeNotInPlan_RefusedWithMessageAndNothingBooked()
    {
        var b = await BookingClinic.CreateAsync(app);
        await PlanAsync(b, SixOverFour);
        await AppointmentAsync(b, LocalUtc(-1, 10), AppointmentStatus.Attended);
        using var client = await Browserless.SignedInAsync(app, b.Clinic.PatientEmail);
        var start = FirstSlot(await PageAsync(client, "/portal/book"));

        var response = await Browserless.PostFormAsync(client, "/portal/book", "book", Fields(start, "treatment-60"));
        var garbled = await Browserless.PostFormAsync(client, "/portal/book", "book", Fields("tomorrow at ten", "treatment-45"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("That kind of appointment is not part of your plan.", await PageAsync(response), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, garbled.StatusCode);
        Assert.Contains("Please choose one of the times shown.", await PageAsync(garbled), StringComparison.Ordinal);
        Assert.Equal(1, await b.QueryAsync(db => db.Appointments.CountAsync(Ct)));
    }

    [Fact]
    public async Task Book_SlotTakenByAnotherPatient_NotOfferedAndRefusedAsJustTaken()
    {
        var b = await BookingClinic.CreateAsync(app);
        await PlanAsync(b, SixOverFour);
        await AppointmentAsync(b, LocalUtc(-1, 10), AppointmentStatus.Attended);
        var other = await OtherPatientAsync(b);
        using var client = await Browserless.SignedInAsync(app, b.Clinic.PatientEmail);
        var start = FirstSlot(await PageAsync(client, "/portal/book"));
        await AppointmentAsync(b, DateTimeOffset.Parse(start, System.Globalization.CultureInfo.InvariantCulture).UtcDateTime, patientId: other);

        var page = await PageAsync(await Browserless.PostFormAsync(client, "/portal/book", "book", Fields(start, "treatment-45")));

        Assert.Contains("That time was just taken. Please pick another.", page, StringComparison.Ordinal);
        Assert.DoesNotContain($"value=\"{start}\"", page, StringComparison.Ordinal);
        Assert.Matches(SlotPattern(), page); // the page still offers other times
        Assert.False(await b.QueryAsync(db => db.Appointments.AnyAsync(a => a.PatientId == b.Clinic.PatientId && a.Status == AppointmentStatus.Booked, Ct)));
    }

    [Fact]
    public async Task Book_AllSessionsUsed_ExplainsAndRefuses()
    {
        var b = await BookingClinic.CreateAsync(app);
        await PlanAsync(b, new PlanSchedule(2, 4, 45));
        await AppointmentAsync(b, LocalUtc(-1, 10), AppointmentStatus.Attended);
        await AppointmentAsync(b, LocalUtc(DaysToNextMonday(), 10));
        using var client = await Browserless.SignedInAsync(app, b.Clinic.PatientEmail);

        var page = await PageAsync(client, "/portal/book");
        var response = await PostWithTokenAsync(client, "/portal/book", Fields(BookingClinic.LocalStart(DaysToNextMonday() + 7, 10), "treatment-45"));

        Assert.Contains("All sessions of your plan are booked or done.", page, StringComparison.Ordinal);
        Assert.DoesNotMatch(SlotPattern(), page);
        Assert.Contains("All sessions of your plan are booked or done.", await PageAsync(response), StringComparison.Ordinal);
        Assert.Equal(2, await b.QueryAsync(db => db.Appointments.CountAsync(Ct)));
    }

    [Fact]
    public async Task Book_WeekHoldsPlannedFrequency_WeekFullAndNotOffered()
    {
        var b = await BookingClinic.CreateAsync(app);
        await PlanAsync(b, SixOverFour); // two a week
        await AppointmentAsync(b, LocalUtc(-1, 10), AppointmentStatus.Attended);
        var monday = DaysToNextMonday();
        await AppointmentAsync(b, LocalUtc(monday, 10));
        await AppointmentAsync(b, LocalUtc(monday + 2, 10));
        var mondayDate = BookingClinic.LocalStart(monday, 0)[..10];
        using var client = await Browserless.SignedInAsync(app, b.Clinic.PatientEmail);

        var week = await PageAsync(client, $"/portal/book?week={mondayDate}");
        var response = await PostWithTokenAsync(client, "/portal/book", Fields(BookingClinic.LocalStart(monday + 4, 10), "treatment-45"));

        Assert.DoesNotContain($"href=\"/portal/book?week={mondayDate}\"", week, StringComparison.Ordinal);
        Assert.Contains("Your plan has no more sessions in that week.", await PageAsync(response), StringComparison.Ordinal);
        Assert.Equal(3, await b.QueryAsync(db => db.Appointments.CountAsync(Ct)));
    }

    [Fact]
    public async Task Book_NoApprovedPlan_ExplainsTherapistBooksFirstVisit()
    {
        var b = await BookingClinic.CreateAsync(app);
        using var client = await Browserless.SignedInAsync(app, b.Clinic.PatientEmail);

        var page = await PageAsync(client, "/portal/book");
        await client.GetAsync("/culture/pl?returnUrl=/", Ct);
        var polish = await PageAsync(client, "/portal/book");

        Assert.Contains("Your therapist will book your first visit.", page, StringComparison.Ordinal);
        Assert.DoesNotMatch(SlotPattern(), page);
        Assert.Contains("Pierwszą wizytę umówi z Tobą terapeuta.", polish, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Appointments_Patient_SeesOnlyTheirOwnWithCalendarFile()
    {
        var b = await BookingClinic.CreateAsync(app);
        var other = await OtherPatientAsync(b);
        var own = await AppointmentAsync(b, LocalUtc(8, 10));
        var theirs = await AppointmentAsync(b, LocalUtc(8, 14), patientId: other);
        using var client = await Browserless.SignedInAsync(app, b.Clinic.PatientEmail);

        var page = await PageAsync(client, "/portal/appointments");
        var ics = await client.GetAsync($"/portal/appointments/{own}/calendar.ics", Ct);
        var otherIcs = await client.GetAsync($"/portal/appointments/{theirs}/calendar.ics", Ct);

        Assert.Contains(own.ToString(), page, StringComparison.Ordinal);
        Assert.Contains("Terapia 45 min", page, StringComparison.Ordinal); // the test clinic is Polish: its types have Polish names
        Assert.DoesNotContain(theirs.ToString(), page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, ics.StatusCode);
        Assert.Equal(AppointmentCalendar.ContentType, ics.Content.Headers.ContentType?.MediaType);
        Assert.Contains($"UID:{own}", await ics.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, otherIcs.StatusCode);
    }

    [Fact]
    public async Task Cancel_WithEnoughNotice_CancelledNotLateAndSlotFreed()
    {
        var b = await BookingClinic.CreateAsync(app);
        var id = await AppointmentAsync(b, LocalUtc(8, 10));
        using var client = await Browserless.SignedInAsync(app, b.Clinic.PatientEmail);

        var confirm = await PageAsync(client, $"/portal/appointments/{id}/cancel");
        var page = await PageAsync(await Browserless.PostFormAsync(client, $"/portal/appointments/{id}/cancel", "cancel", new() { ["Input.Reason"] = "" }));

        Assert.DoesNotContain("late cancellation", confirm, StringComparison.Ordinal);
        Assert.Contains("Your appointment is cancelled.", page, StringComparison.Ordinal);
        var cancelled = await b.QueryAsync(db => db.Appointments.SingleAsync(a => a.Id == id, Ct));
        Assert.Equal(AppointmentStatus.Cancelled, cancelled.Status);
        Assert.False(cancelled.LateCancellation);
        Assert.Equal(CancelForm.NoReasonGiven, cancelled.CancellationReason);
        Assert.False(await b.QueryAsync(db => db.SlotClaims.AnyAsync(c => c.AppointmentId == id, Ct)));
    }

    [Fact]
    public async Task Cancel_WithLessNoticeThanPolicy_WarnsFirstAndRecordsLate()
    {
        var b = await BookingClinic.CreateAsync(app);
        var soon = DateTime.UtcNow.AddHours(3);
        var id = await AppointmentAsync(b, new DateTime(soon.Year, soon.Month, soon.Day, soon.Hour, 0, 0, DateTimeKind.Utc));
        using var client = await Browserless.SignedInAsync(app, b.Clinic.PatientEmail);

        var confirm = await PageAsync(client, $"/portal/appointments/{id}/cancel");
        var page = await PageAsync(await Browserless.PostFormAsync(client, $"/portal/appointments/{id}/cancel", "cancel", new() { ["Input.Reason"] = "Flu" }));

        Assert.Contains("it will be recorded as a late cancellation", confirm, StringComparison.Ordinal);
        Assert.Contains("It was recorded as a late cancellation.", page, StringComparison.Ordinal);
        var cancelled = await b.QueryAsync(db => db.Appointments.SingleAsync(a => a.Id == id, Ct));
        Assert.Equal(AppointmentStatus.Cancelled, cancelled.Status);
        Assert.True(cancelled.LateCancellation);
        Assert.Equal("Flu", cancelled.CancellationReason);
    }

    [Fact]
    public async Task Cancel_AnotherPatientsAppointment_NotFoundAndUnchanged()
    {
        var b = await BookingClinic.CreateAsync(app);
        var other = await OtherPatientAsync(b);
        var own = await AppointmentAsync(b, LocalUtc(8, 10));
        var theirs = await AppointmentAsync(b, LocalUtc(8, 14), patientId: other);
        using var client = await Browserless.SignedInAsync(app, b.Clinic.PatientEmail);

        var view = await client.GetAsync($"/portal/appointments/{theirs}/cancel", Ct);
        var post = await PostWithTokenAsync(client, $"/portal/appointments/{theirs}/cancel", new() { ["Input.Reason"] = "" }, "cancel", $"/portal/appointments/{own}/cancel");

        Assert.Equal(HttpStatusCode.NotFound, view.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
        var unchanged = await b.QueryAsync(db => db.Appointments.SingleAsync(a => a.Id == theirs, Ct));
        Assert.Equal(AppointmentStatus.Booked, unchanged.Status);
        Assert.True(await b.QueryAsync(db => db.SlotClaims.AnyAsync(c => c.AppointmentId == theirs, Ct)));
    }

    private static Dictionary<string, string> Fields(string start, string type) => new()
    {
        ["Input.Start"] = start,
        ["Input.Type"] = type,
    };

    private static string FirstSlot(string page)
    {
        var match = SlotPattern().Match(page);
        Assert.True(match.Success, "no free time offered");
        return match.Groups[1].Value;
    }

    private static async Task<string> PageAsync(HttpClient client, string url) => await PageAsync(await client.GetAsync(url, Ct));

    private static async Task<string> PageAsync(HttpResponseMessage response) => WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(Ct));

    /// <summary>Posts a form to a page that shows none (a refusal, or another patient's id), with an antiforgery token from a page that has one.</summary>
    private static async Task<HttpResponseMessage> PostWithTokenAsync(HttpClient client, string url, Dictionary<string, string> fields, string formName = "book", string? tokenFrom = null)
    {
        var page = await client.GetStringAsync(tokenFrom ?? "/portal/appointments", Ct);
        var body = new Dictionary<string, string>(fields)
        {
            ["_handler"] = formName,
            ["__RequestVerificationToken"] = Browserless.AntiforgeryTokenOf(page) ?? throw new InvalidOperationException("no antiforgery token"),
        };
        return await client.PostAsync(url, new FormUrlEncodedContent(body), Ct);
    }

    [GeneratedRegex("name=\"Input.Start\" value=\"([^\"]+)\"")]
    private static partial Regex SlotPattern();
}
