using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using BackPlan.Web.Features.Appointments;
using BackPlan.Web.Tests.Support;

namespace BackPlan.Web.Tests.Features.Sessions;

public class AttendanceTests(BackPlanApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Attendance_StartedBookedAppointment_MarksAttendedAndCanBeCorrected()
    {
        var s = await SessionClinic.CreateAsync(app);
        var appointment = await s.AppointmentAsync(-1);
        using var client = await s.Clinic.ClientAsAsync(s.Clinic.FrontDeskEmail);

        var attended = await client.PostAsJsonAsync($"/api/v1/appointments/{appointment}/attendance", new { status = "attended" }, Ct);
        var dto = await attended.Content.ReadFromJsonAsync<AppointmentDto>(Ct);
        Assert.Equal(HttpStatusCode.OK, attended.StatusCode);
        Assert.Equal("attended", dto!.Status);
        Assert.Equal(AppointmentStatus.Attended, await s.StatusAsync(appointment));

        var corrected = await client.PostAsJsonAsync($"/api/v1/appointments/{appointment}/attendance", new { status = "noShow" }, Ct);
        Assert.Equal(HttpStatusCode.OK, corrected.StatusCode);
        Assert.Equal(AppointmentStatus.NoShow, await s.StatusAsync(appointment));
    }

    [Theory]
    [InlineData("{\"status\":\"maybe\"}")]
    [InlineData("{}")]
    [InlineData("{\"status\":\"Cancelled\"}")]
    public async Task Attendance_BadStatus_Returns400NamingTheField(string body)
    {
        var s = await SessionClinic.CreateAsync(app);
        var appointment = await s.AppointmentAsync(-1);
        using var client = await s.Clinic.ClientAsAsync(s.Clinic.PractitionerEmail);

        var response = await client.PostAsync($"/api/v1/appointments/{appointment}/attendance", new StringContent(body, System.Text.Encoding.UTF8, "application/json"), Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.Equal("Give the status: attended or noShow.", problem.GetProperty("errors").GetProperty("status")[0].GetString());
        Assert.Equal(AppointmentStatus.Booked, await s.StatusAsync(appointment));
    }

    [Fact]
    public async Task Attendance_MalformedJson_Returns400Problem()
    {
        var s = await SessionClinic.CreateAsync(app);
        var appointment = await s.AppointmentAsync(-1);
        using var client = await s.Clinic.ClientAsAsync(s.Clinic.PractitionerEmail);

        var response = await client.PostAsync($"/api/v1/appointments/{appointment}/attendance", new StringContent("{\"status\": 5}", System.Text.Encoding.UTF8, "application/json"), Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData(AppointmentStatus.Cancelled, -2, "cancelled")]
    [InlineData(AppointmentStatus.Booked, 3, "not-started")]
    public async Task Attendance_NotMarkable_Returns409WithCode(AppointmentStatus status, double hoursFromNow, string code)
    {
        var s = await SessionClinic.CreateAsync(app);
        var appointment = await s.AppointmentAsync(hoursFromNow, status);
        using var client = await s.Clinic.ClientAsAsync(s.Clinic.FrontDeskEmail);

        var response = await client.PostAsJsonAsync($"/api/v1/appointments/{appointment}/attendance", new { status = "attended" }, Ct);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal(code, (await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("code").GetString());
        Assert.Equal(status, await s.StatusAsync(appointment));
    }

    [Fact]
    public async Task Attendance_NoShowWhenANoteExists_Returns409()
    {
        var s = await SessionClinic.CreateAsync(app);
        var appointment = await s.AppointmentAsync(-2, AppointmentStatus.Attended);
        await s.SignedNoteAsync(appointment, new("swedish_massage", "gluteus_medius", "right", 10, 2, "same", null, null));
        using var client = await s.Clinic.ClientAsAsync(s.Clinic.FrontDeskEmail);

        var response = await client.PostAsJsonAsync($"/api/v1/appointments/{appointment}/attendance", new { status = "noShow" }, Ct);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal(AppointmentStatus.Attended, await s.StatusAsync(appointment));
    }

    [Fact]
    public async Task Attendance_PatientOrAnotherClinic_IsRefused()
    {
        var s = await SessionClinic.CreateAsync(app);
        var other = await TestClinic.CreateAsync(app);
        var appointment = await s.AppointmentAsync(-1);
        using var patient = await s.Clinic.ClientAsAsync(s.Clinic.PatientEmail);
        using var stranger = await other.ClientAsAsync(other.FrontDeskEmail);

        var byPatient = await patient.PostAsJsonAsync($"/api/v1/appointments/{appointment}/attendance", new { status = "attended" }, Ct);
        var byStranger = await stranger.PostAsJsonAsync($"/api/v1/appointments/{appointment}/attendance", new { status = "attended" }, Ct);

        Assert.Equal(HttpStatusCode.Forbidden, byPatient.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, byStranger.StatusCode);
        Assert.Equal(AppointmentStatus.Booked, await s.StatusAsync(appointment));
    }

    [Fact]
    public async Task AttendanceForm_FrontDeskMarksNoShowOnThePage()
    {
        var s = await SessionClinic.CreateAsync(app);
        var appointment = await s.AppointmentAsync(-1);
        using var client = await Browserless.SignedInAsync(app, s.Clinic.FrontDeskEmail);

        var response = await Browserless.PostFormAsync(client, $"/appointments/{appointment}/note", "attendance", new() { ["status"] = "noShow" });

        Assert.True(response.IsSuccessStatusCode);
        Assert.Equal(AppointmentStatus.NoShow, await s.StatusAsync(appointment));
    }

    [Fact]
    public async Task PatientPage_ApprovedSchedule_ShowsAdherenceNoShowsAndLateCancellations()
    {
        var s = await SessionClinic.CreateAsync(app, planApprovedDaysAgo: 14);
        await s.AppointmentAsync(-24 * 12, AppointmentStatus.Attended);
        await s.AppointmentAsync(-24 * 8, AppointmentStatus.NoShow);
        await s.AppointmentAsync(-24 * 6, AppointmentStatus.Cancelled, late: true);
        await s.AppointmentAsync(-24 * 5, AppointmentStatus.Cancelled); // enough notice: not counted
        await s.AppointmentAsync(-24 * 3, AppointmentStatus.Attended);
        await s.AppointmentAsync(-24 * 20, AppointmentStatus.Attended); // before the program
        using var client = await Browserless.SignedInAsync(app, s.Clinic.FrontDeskEmail);

        var page = WebUtility.HtmlDecode(await client.GetStringAsync($"/patients/{s.Clinic.PatientId}", Ct));

        // 6 sessions over 4 weeks, started 14 days ago: day 15, so 4 are due.
        Assert.Contains("2 of 4 planned so far (6 in the program) · 50", page, StringComparison.Ordinal);
        Assert.Matches(@"No-shows</dt><dd>1</dd>", page);
        Assert.Matches(@"Late cancellations</dt><dd>1</dd>", page);
    }
}
