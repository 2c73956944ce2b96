using System.Net;
using System.Net.Http.Json;
using BackPlan.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace BackPlan.Web.Tests.Features.Appointments;

public class CalendarPageTests(BackPlanApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task BookingForm_FreeTime_BooksAndListsTheAppointmentUnderThePractitioner()
    {
        var b = await BookingClinic.CreateAsync(app);
        using var client = await Browserless.SignedInAsync(app, b.Clinic.FrontDeskEmail);
        var date = BookingClinic.LocalStart(8, 0)[..10];
        var fields = Fields(b, date, "10:15");

        var page = WebUtility.HtmlDecode(await (await Browserless.PostFormAsync(client, $"/calendar?date={date}", "book", fields)).Content.ReadAsStringAsync(Ct));

        Assert.Contains("The appointment is booked.", page, StringComparison.Ordinal);
        Assert.Contains($"Self{b.Clinic.Tag}", page, StringComparison.Ordinal);
        Assert.Contains("10:15–11:00", page, StringComparison.Ordinal);
        Assert.Contains("Room 1", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BookingForm_TakenTimeOrNoTime_ShowsWhyInPolish()
    {
        var b = await BookingClinic.CreateAsync(app);
        using var api = await b.Clinic.ClientAsAsync(b.Clinic.FrontDeskEmail);
        var date = BookingClinic.LocalStart(8, 0)[..10];
        await b.BookAsync(api, "treatment-60", BookingClinic.LocalStart(8, 10));
        using var client = await Browserless.SignedInAsync(app, b.Clinic.FrontDeskEmail);
        await client.GetAsync("/culture/pl?returnUrl=/", Ct);

        var taken = WebUtility.HtmlDecode(await (await Browserless.PostFormAsync(client, $"/calendar?date={date}", "book", Fields(b, date, "10:30"))).Content.ReadAsStringAsync(Ct));
        var noTime = WebUtility.HtmlDecode(await (await Browserless.PostFormAsync(client, $"/calendar?date={date}", "book", Fields(b, date, ""))).Content.ReadAsStringAsync(Ct));

        Assert.Contains("Ten termin jest już zajęty", taken, StringComparison.Ordinal);
        Assert.Contains("Wybierz datę i godzinę.", noTime, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Calendar_Patient_IsForbidden()
    {
        var b = await BookingClinic.CreateAsync(app);
        using var client = await Browserless.SignedInAsync(app, b.Clinic.PatientEmail);

        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/calendar", Ct)).StatusCode);
    }

    [Fact]
    public async Task DayGrid_FreeTimeLink_PrefillsTheBookingForm()
    {
        var b = await BookingClinic.CreateAsync(app);
        using var api = await b.Clinic.ClientAsAsync(b.Clinic.FrontDeskEmail);
        var date = BookingClinic.LocalStart(8, 0)[..10];
        await b.BookAsync(api, "treatment-60", BookingClinic.LocalStart(8, 10));
        using var client = await Browserless.SignedInAsync(app, b.Clinic.FrontDeskEmail);

        var grid = WebUtility.HtmlDecode(await client.GetStringAsync($"/calendar?date={date}&type=treatment-45", Ct));

        var free = $"/calendar?date={date}&practitioner={b.PractitionerId}&time=10:15&type=treatment-45#book";
        Assert.DoesNotContain(free, grid, StringComparison.Ordinal); // 10:15 lies inside the 10:00 visit
        Assert.DoesNotContain($"practitioner={b.PractitionerId}&time=09:30&type", grid, StringComparison.Ordinal); // 45 minutes would run into it
        Assert.Contains("10:00–11:00", grid, StringComparison.Ordinal);
        var link = $"/calendar?date={date}&practitioner={b.PractitionerId}&time=11:00&type=treatment-45";
        Assert.Contains(link + "#book", grid, StringComparison.Ordinal);
        var form = WebUtility.HtmlDecode(await client.GetStringAsync(link, Ct));
        Assert.Matches($"<option value=\"{b.PractitionerId}\" selected", form);
        Assert.Matches("<option value=\"treatment-45\" selected", form);
        Assert.Matches($"id=\"date\"[^>]*value=\"{date}\"", form);
        Assert.Matches("id=\"time\"[^>]*value=\"11:00\"", form);
    }

    [Fact]
    public async Task ReschedulePage_FreeTimeFromTheGrid_MovesTheAppointment()
    {
        var b = await BookingClinic.CreateAsync(app);
        using var api = await b.Clinic.ClientAsAsync(b.Clinic.FrontDeskEmail);
        var date = BookingClinic.LocalStart(9, 0)[..10];
        var appointment = await b.BookAsync(api, "treatment-45", BookingClinic.LocalStart(9, 9), roomId: b.RoomId);
        using var client = await Browserless.SignedInAsync(app, b.Clinic.FrontDeskEmail);

        var grid = WebUtility.HtmlDecode(await client.GetStringAsync($"/calendar?date={date}&move={appointment.Id}", Ct));
        var link = $"/appointments/{appointment.Id}/reschedule?practitioner={b.PractitionerId}&date={date}&time=14:00&type=treatment-45";
        Assert.Contains(link, grid, StringComparison.Ordinal);
        var moved = WebUtility.HtmlDecode(await (await Browserless.PostFormAsync(client, link, "reschedule", new()
        {
            ["Input.PractitionerId"] = b.PractitionerId.ToString(),
            ["Input.Type"] = "treatment-45",
            ["Input.Date"] = date,
            ["Input.Time"] = "14:00",
            ["Input.RoomId"] = b.RoomId.ToString(),
        })).Content.ReadAsStringAsync(Ct));

        Assert.Contains("The appointment is moved", moved, StringComparison.Ordinal);
        Assert.Contains("14:00–14:45", moved, StringComparison.Ordinal);
        Assert.DoesNotContain("09:00–09:45", moved, StringComparison.Ordinal);
        var stored = await b.QueryAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.SingleAsync(db.Appointments, a => a.Id == appointment.Id, Ct));
        Assert.Equal(b.RoomId, stored.RoomId);
    }

    [Fact]
    public async Task CancelPage_WithReason_CancelsAndFreesTheTime()
    {
        var b = await BookingClinic.CreateAsync(app);
        using var api = await b.Clinic.ClientAsAsync(b.Clinic.FrontDeskEmail);
        var date = BookingClinic.LocalStart(9, 0)[..10];
        var appointment = await b.BookAsync(api, "review", BookingClinic.LocalStart(9, 9));
        using var client = await Browserless.SignedInAsync(app, b.Clinic.FrontDeskEmail);

        var noReason = WebUtility.HtmlDecode(await (await Browserless.PostFormAsync(client, $"/appointments/{appointment.Id}/cancel", "cancel", new() { ["Input.Reason"] = "" })).Content.ReadAsStringAsync(Ct));
        var cancelled = WebUtility.HtmlDecode(await (await Browserless.PostFormAsync(client, $"/appointments/{appointment.Id}/cancel", "cancel", new() { ["Input.Reason"] = "Patient has the flu" })).Content.ReadAsStringAsync(Ct));

        Assert.Contains("Give a reason for the cancellation", noReason, StringComparison.Ordinal);
        Assert.Contains("The appointment is cancelled.", cancelled, StringComparison.Ordinal);
        Assert.Contains($"practitioner={b.PractitionerId}&time=09:00&type", cancelled, StringComparison.Ordinal);
        var read = await api.GetFromJsonAsync<BackPlan.Web.Features.Appointments.AppointmentDto>($"/api/v1/appointments/{appointment.Id}", Ct);
        Assert.Equal(("cancelled", "Patient has the flu", false), (read!.Status, read.CancellationReason, read.LateCancellation));
    }

    [Fact]
    public async Task PractitionerFilter_WeekAndDayViews_ShowOnlyTheChosenPractitionerAndKeepItInLinks()
    {
        var b = await BookingClinic.CreateAsync(app);
        var second = await b.AddPractitionerAsync();
        using var api = await b.Clinic.ClientAsAsync(b.Clinic.FrontDeskEmail);
        var date = BookingClinic.LocalStart(10, 0)[..10];
        await b.BookAsync(api, "treatment-45", BookingClinic.LocalStart(10, 9));
        var booked = await api.PostAsJsonAsync("/api/v1/appointments", BookingClinic.Request(b.Clinic.PatientId, second, "treatment-45", BookingClinic.LocalStart(10, 14)), Ct);
        Assert.True(booked.IsSuccessStatusCode, await booked.Content.ReadAsStringAsync(Ct));
        using var client = await Browserless.SignedInAsync(app, b.Clinic.FrontDeskEmail);

        var everyone = WebUtility.HtmlDecode(await client.GetStringAsync($"/calendar?date={date}&view=week", Ct));
        var week = WebUtility.HtmlDecode(await client.GetStringAsync($"/calendar?date={date}&view=week&who={second}", Ct));
        var day = WebUtility.HtmlDecode(await client.GetStringAsync($"/calendar?date={date}&who={second}", Ct));

        Assert.Contains($"id=\"p-{b.PractitionerId}\"", everyone, StringComparison.Ordinal);
        Assert.Contains($"id=\"p-{second}\"", everyone, StringComparison.Ordinal);
        Assert.DoesNotContain($"id=\"p-{b.PractitionerId}\"", week, StringComparison.Ordinal);
        Assert.Contains($"id=\"p-{second}\"", week, StringComparison.Ordinal);
        Assert.Contains("14:00–14:45", week, StringComparison.Ordinal);
        Assert.DoesNotContain("09:00–09:45", week, StringComparison.Ordinal);
        Assert.Matches($"<select id=\"who\" name=\"who\">.*<option value=\"{second}\" selected", week.ReplaceLineEndings(" "));
        Assert.Contains($"&view=week&who={second}\">", week, StringComparison.Ordinal); // paging keeps the filter
        Assert.Contains($"practitioner={second}&time=", day, StringComparison.Ordinal);
        Assert.DoesNotContain($"practitioner={b.PractitionerId}&time=", day, StringComparison.Ordinal);
        Assert.Contains("14:00–14:45", day, StringComparison.Ordinal);
        Assert.DoesNotContain("09:00–09:45", day, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LargeClinic_BookingFormFindsThePatientInsteadOfListingEveryone_AndStillBooks()
    {
        var b = await BookingClinic.CreateAsync(app);
        await using (var scope = app.Services.CreateAsyncScope())
        {
            scope.ServiceProvider.GetRequiredService<BackPlan.Web.Platform.Tenancy.CurrentUser>().ActForClinic(b.Clinic.Id);
            var db = scope.ServiceProvider.GetRequiredService<BackPlan.Web.Data.BackPlanDb>();
            for (var i = 0; i < 205; i++)
            {
                var patient = new BackPlan.Web.Features.Patients.Patient { GivenName = "Many", FamilyName = $"Crowd{i:D3}", DateOfBirth = new DateOnly(1980, 1, 1) };
                patient.RefreshSearchText();
                db.Patients.Add(patient);
            }

            await db.SaveChangesAsync(Ct);
        }

        using var client = await Browserless.SignedInAsync(app, b.Clinic.FrontDeskEmail);
        var date = BookingClinic.LocalStart(8, 0)[..10];

        var unfiltered = WebUtility.HtmlDecode(await client.GetStringAsync($"/calendar?date={date}&who={b.PractitionerId}", Ct));
        var found = WebUtility.HtmlDecode(await client.GetStringAsync($"/calendar?date={date}&who={b.PractitionerId}&find=crowd01", Ct));
        var none = WebUtility.HtmlDecode(await client.GetStringAsync($"/calendar?date={date}&find=nobody-like-this", Ct));

        Assert.Contains("Find a patient", unfiltered, StringComparison.Ordinal);
        Assert.DoesNotContain("Crowd000", unfiltered, StringComparison.Ordinal);
        Assert.Contains($"name=\"who\" value=\"{b.PractitionerId}\"", unfiltered, StringComparison.Ordinal);
        Assert.Equal(10, System.Text.RegularExpressions.Regex.Count(found, "Crowd01[0-9], Many"));
        Assert.Contains("No patient matches “nobody-like-this”.", none, StringComparison.Ordinal);
        var booked = WebUtility.HtmlDecode(await (await Browserless.PostFormAsync(client, $"/calendar?date={date}", "book", Fields(b, date, "10:15"))).Content.ReadAsStringAsync(Ct));
        Assert.Contains("The appointment is booked.", booked, StringComparison.Ordinal);
    }

    private static Dictionary<string, string> Fields(BookingClinic b, string date, string time) => new()
    {
        ["Input.PatientId"] = b.Clinic.PatientId.ToString(),
        ["Input.PractitionerId"] = b.PractitionerId.ToString(),
        ["Input.Type"] = "treatment-45",
        ["Input.Date"] = date,
        ["Input.Time"] = time,
        ["Input.RoomId"] = b.RoomId.ToString(),
    };
}
