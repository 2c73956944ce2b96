using System.Net;
using BackPlan.Web.Tests.Support;

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
