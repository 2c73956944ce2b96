using System.Net;
using System.Net.Http.Json;
using BackPlan.Web.Features.Appointments;
using BackPlan.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace BackPlan.Web.Tests.Features.Appointments;

public class RescheduleTests(BackPlanApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Reschedule_FreeSlot_MovesTheClaimsSoTheOldTimeIsBookableAndTheNewIsNot()
    {
        var b = await BookingClinic.CreateAsync(app);
        using var client = await b.Clinic.ClientAsAsync(b.Clinic.FrontDeskEmail);
        var others = await b.AddPatientsAsync(2);
        var appointment = await b.BookAsync(client, "treatment-45", BookingClinic.LocalStart(9, 10), roomId: b.RoomId);

        var response = await client.PostAsJsonAsync($"/api/v1/appointments/{appointment.Id}/reschedule", new { start = BookingClinic.LocalStart(9, 14) }, Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var moved = (await response.Content.ReadFromJsonAsync<AppointmentDto>(Ct))!;
        Assert.Equal(DateTimeOffset.Parse(BookingClinic.LocalStart(9, 14), System.Globalization.CultureInfo.InvariantCulture), moved.Start);
        Assert.Equal(("booked", "treatment-45", b.RoomId), (moved.Status, moved.Type, moved.RoomId));
        var stored = await b.QueryAsync(db => db.Appointments.Include(a => a.Claims).SingleAsync(a => a.Id == appointment.Id, Ct));
        Assert.Equal((1, $"FrontDesk {b.Clinic.Tag}"), (stored.Sequence, stored.RescheduledBy));
        Assert.Equal(6, stored.Claims.Count); // 3 quarter hours for the practitioner and for the room
        Assert.All(stored.Claims, c => Assert.True(c.StartUtc >= stored.StartUtc && c.StartUtc < stored.EndUtc));
        var oldTime = await client.PostAsJsonAsync("/api/v1/appointments", BookingClinic.Request(others[0], b.PractitionerId, "treatment-45", BookingClinic.LocalStart(9, 10), b.RoomId), Ct);
        var newTime = await client.PostAsJsonAsync("/api/v1/appointments", BookingClinic.Request(others[1], b.PractitionerId, "review", BookingClinic.LocalStart(9, 14, 15)), Ct);
        Assert.Equal(HttpStatusCode.Created, oldTime.StatusCode);
        await AppointmentsApiTests.AssertProblemAsync(newTime, HttpStatusCode.Conflict, "slot-taken");
    }

    [Fact]
    public async Task Reschedule_OverlappingItsOwnTime_MovesByAQuarterHour()
    {
        var b = await BookingClinic.CreateAsync(app);
        using var client = await b.Clinic.ClientAsAsync(b.Clinic.PractitionerEmail);
        var appointment = await b.BookAsync(client, "treatment-60", BookingClinic.LocalStart(6, 9), roomId: b.RoomId);

        var response = await client.PostAsJsonAsync($"/api/v1/appointments/{appointment.Id}/reschedule", new { start = BookingClinic.LocalStart(6, 9, 15), type = "treatment-30" }, Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var stored = await b.QueryAsync(db => db.Appointments.Include(a => a.Claims).SingleAsync(a => a.Id == appointment.Id, Ct));
        Assert.Equal(TimeSpan.FromMinutes(30), stored.EndUtc - stored.StartUtc);
        Assert.Equal(
            [stored.StartUtc, stored.StartUtc, stored.StartUtc.AddMinutes(15), stored.StartUtc.AddMinutes(15)],
            stored.Claims.Select(c => c.StartUtc).Order());
    }

    [Fact]
    public async Task Reschedule_IntoATakenSlot_Returns409AndKeepsTheOldTime()
    {
        var b = await BookingClinic.CreateAsync(app);
        using var client = await b.Clinic.ClientAsAsync(b.Clinic.FrontDeskEmail);
        var other = (await b.AddPatientsAsync(1))[0];
        var appointment = await b.BookAsync(client, "treatment-30", BookingClinic.LocalStart(7, 9));
        await b.BookAsync(client, "treatment-60", BookingClinic.LocalStart(7, 15), patientId: other);

        var response = await client.PostAsJsonAsync($"/api/v1/appointments/{appointment.Id}/reschedule", new { start = BookingClinic.LocalStart(7, 15, 30) }, Ct);

        await AppointmentsApiTests.AssertProblemAsync(response, HttpStatusCode.Conflict, "slot-taken");
        var read = await client.GetFromJsonAsync<AppointmentDto>($"/api/v1/appointments/{appointment.Id}", Ct);
        Assert.Equal(DateTimeOffset.Parse(BookingClinic.LocalStart(7, 9), System.Globalization.CultureInfo.InvariantCulture), read!.Start);
        var stored = await b.QueryAsync(db => db.Appointments.Include(a => a.Claims).SingleAsync(a => a.Id == appointment.Id, Ct));
        Assert.Equal((0, 2), (stored.Sequence, stored.Claims.Count));
        Assert.All(stored.Claims, c => Assert.True(c.StartUtc >= stored.StartUtc && c.StartUtc < stored.EndUtc));
    }

    [Fact]
    public async Task Reschedule_BadInput_Returns400NamingEachField()
    {
        var b = await BookingClinic.CreateAsync(app);
        using var client = await b.Clinic.ClientAsAsync(b.Clinic.FrontDeskEmail);
        var appointment = await b.BookAsync(client, "review", BookingClinic.LocalStart(5, 9));
        var url = $"/api/v1/appointments/{appointment.Id}/reschedule";

        var noStart = await client.PostAsJsonAsync(url, new { }, Ct);
        var offGrid = await client.PostAsJsonAsync(url, new { start = BookingClinic.LocalStart(5, 10, 5) }, Ct);
        var past = await client.PostAsJsonAsync(url, new { start = BookingClinic.LocalStart(-1, 10) }, Ct);
        var practitioner = await client.PostAsJsonAsync(url, new { start = BookingClinic.LocalStart(5, 10), practitionerId = Guid.NewGuid() }, Ct);
        var type = await client.PostAsJsonAsync(url, new { start = BookingClinic.LocalStart(5, 10), type = "massage-90" }, Ct);
        var room = await client.PostAsJsonAsync(url, new { start = BookingClinic.LocalStart(5, 10), roomId = Guid.NewGuid() }, Ct);

        Assert.Equal(["start"], await AppointmentsApiTests.ErrorFieldsAsync(noStart));
        Assert.Equal(["start"], await AppointmentsApiTests.ErrorFieldsAsync(offGrid));
        Assert.Equal(["start"], await AppointmentsApiTests.ErrorFieldsAsync(past));
        Assert.Equal(["practitionerId"], await AppointmentsApiTests.ErrorFieldsAsync(practitioner));
        Assert.Equal(["type"], await AppointmentsApiTests.ErrorFieldsAsync(type));
        Assert.Equal(["roomId"], await AppointmentsApiTests.ErrorFieldsAsync(room));
    }

    [Fact]
    public async Task Reschedule_AnotherPatientsOrAnotherClinicsAppointment_Returns404()
    {
        var a = await BookingClinic.CreateAsync(app);
        var b = await BookingClinic.CreateAsync(app);
        var other = (await a.AddPatientsAsync(1))[0];
        using var staffA = await a.Clinic.ClientAsAsync(a.Clinic.FrontDeskEmail);
        using var staffB = await b.Clinic.ClientAsAsync(b.Clinic.FrontDeskEmail);
        using var patientA = await a.Clinic.ClientAsAsync(a.Clinic.PatientEmail);
        var theirs = await a.BookAsync(staffA, "review", BookingClinic.LocalStart(8, 9), patientId: other);

        var byPatient = await patientA.PostAsJsonAsync($"/api/v1/appointments/{theirs.Id}/reschedule", new { start = BookingClinic.LocalStart(8, 10) }, Ct);
        var byOtherClinic = await staffB.PostAsJsonAsync($"/api/v1/appointments/{theirs.Id}/reschedule", new { start = BookingClinic.LocalStart(8, 10) }, Ct);

        Assert.Equal(HttpStatusCode.NotFound, byPatient.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, byOtherClinic.StatusCode);
        var read = await staffA.GetFromJsonAsync<AppointmentDto>($"/api/v1/appointments/{theirs.Id}", Ct);
        Assert.Equal(theirs.Start, read!.Start);
    }

    [Fact]
    public async Task Reschedule_PatientInsideTheNoticePeriod_IsRefusedButStaffMayMoveIt()
    {
        var b = await BookingClinic.CreateAsync(app);
        using var staff = await b.Clinic.ClientAsAsync(b.Clinic.FrontDeskEmail);
        using var patient = await b.Clinic.ClientAsAsync(b.Clinic.PatientEmail);
        var free = await staff.GetFromJsonAsync<AvailabilityDto>($"/api/v1/availability?practitionerId={b.PractitionerId}&type=review&from={BookingClinic.LocalStart(0, 0)[..10]}&to={BookingClinic.LocalStart(1, 0)[..10]}", Ct);
        var soon = free!.Slots.First(s => s.Start > DateTimeOffset.UtcNow.AddMinutes(5)).Start;
        var appointment = await b.BookAsync(staff, "review", soon.ToString("yyyy-MM-dd'T'HH:mm:sszzz", System.Globalization.CultureInfo.InvariantCulture));
        var later = await b.BookAsync(staff, "review", BookingClinic.LocalStart(6, 9));

        var tooLate = await patient.PostAsJsonAsync($"/api/v1/appointments/{appointment.Id}/reschedule", new { start = BookingClinic.LocalStart(5, 9) }, Ct);
        var inTime = await patient.PostAsJsonAsync($"/api/v1/appointments/{later.Id}/reschedule", new { start = BookingClinic.LocalStart(6, 10) }, Ct);
        var byStaff = await staff.PostAsJsonAsync($"/api/v1/appointments/{appointment.Id}/reschedule", new { start = BookingClinic.LocalStart(5, 9) }, Ct);

        var problem = await AppointmentsApiTests.AssertProblemAsync(tooLate, HttpStatusCode.UnprocessableEntity, "notice-too-short");
        Assert.Contains("24 hours", problem.GetProperty("title").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, inTime.StatusCode);
        Assert.Equal(HttpStatusCode.OK, byStaff.StatusCode);
    }

    [Fact]
    public async Task Reschedule_AcrossTheSpringDstChange_KeepsTheLocalTime()
    {
        var b = await BookingClinic.CreateAsync(app);
        using var client = await b.Clinic.ClientAsAsync(b.Clinic.FrontDeskEmail);
        // Friday 26 March 2027 is still CET (+01:00); Monday 29 March is CEST (+02:00).
        var appointment = await b.BookAsync(client, "treatment-30", "2027-03-26T10:00:00+01:00");

        var response = await client.PostAsJsonAsync($"/api/v1/appointments/{appointment.Id}/reschedule", new { start = "2027-03-29T10:00:00+02:00" }, Ct);

        var moved = (await response.Content.ReadFromJsonAsync<AppointmentDto>(Ct))!;
        Assert.Equal(new DateTimeOffset(2027, 3, 29, 10, 0, 0, TimeSpan.FromHours(2)), moved.Start);
        Assert.Equal(TimeSpan.FromHours(2), moved.Start.Offset);
        var stored = await b.QueryAsync(db => db.Appointments.SingleAsync(a => a.Id == appointment.Id, Ct));
        Assert.Equal(new DateTime(2027, 3, 29, 8, 0, 0, DateTimeKind.Utc), stored.StartUtc);
        var day = await client.GetFromJsonAsync<AvailabilityDto>($"/api/v1/availability?practitionerId={b.PractitionerId}&type=treatment-30&from=2027-03-29&to=2027-03-29", Ct);
        var starts = day!.Slots.Select(s => s.Start.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.DoesNotContain("10:00", starts);
        Assert.Contains("10:30", starts);
    }
}
