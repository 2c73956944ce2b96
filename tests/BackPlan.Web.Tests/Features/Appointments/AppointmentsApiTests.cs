using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using BackPlan.Web.Features.Appointments;
using BackPlan.Web.Tests.Features.Plans;
using BackPlan.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace BackPlan.Web.Tests.Features.Appointments;

public class AppointmentsApiTests(BackPlanApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Book_FreeSlot_Returns201WithLocalTimesAndTheSlotLeavesAvailability()
    {
        var b = await BookingClinic.CreateAsync(app);
        using var client = await b.Clinic.ClientAsAsync(b.Clinic.FrontDeskEmail);
        var start = BookingClinic.LocalStart(10, 10);

        var response = await client.PostAsJsonAsync("/api/v1/appointments", BookingClinic.Request(b.Clinic.PatientId, b.PractitionerId, "treatment-45", start, b.RoomId), Ct);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var created = (await response.Content.ReadFromJsonAsync<AppointmentDto>(Ct))!;
        Assert.Equal($"/api/v1/appointments/{created.Id}", response.Headers.Location!.ToString());
        Assert.Equal(DateTimeOffset.Parse(start, System.Globalization.CultureInfo.InvariantCulture), created.Start);
        Assert.Equal(created.Start.Offset, created.End.Offset);
        Assert.Equal(TimeSpan.FromMinutes(45), created.End - created.Start);
        Assert.Equal(("booked", "treatment-45", "Room 1", $"FrontDesk {b.Clinic.Tag}"), (created.Status, created.Type, created.RoomName, created.CreatedBy));
        var read = await client.GetFromJsonAsync<AppointmentDto>($"/api/v1/appointments/{created.Id}", Ct);
        Assert.Equal(created.Start, read!.Start);

        var day = start[..10];
        var availability = await client.GetFromJsonAsync<AvailabilityDto>($"/api/v1/availability?practitionerId={b.PractitionerId}&type=treatment-30&from={day}&to={day}", Ct);
        var starts = availability!.Slots.Select(s => s.Start.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(("Europe/Warsaw", 30), (availability.TimeZone, availability.Minutes));
        Assert.Contains("09:30", starts);
        Assert.DoesNotContain("09:45", starts);
        Assert.DoesNotContain("10:00", starts);
        Assert.DoesNotContain("10:30", starts);
        Assert.Contains("10:45", starts);
        Assert.DoesNotContain("11:45", starts); // would run into the lunch break
        Assert.Contains("13:00", starts);
    }

    [Fact]
    public async Task Book_TakenSlot_Returns409Problem()
    {
        var b = await BookingClinic.CreateAsync(app);
        using var client = await b.Clinic.ClientAsAsync(b.Clinic.FrontDeskEmail);
        var other = (await b.AddPatientsAsync(1))[0];
        await b.BookAsync(client, "treatment-60", BookingClinic.LocalStart(9, 10));

        var response = await client.PostAsJsonAsync("/api/v1/appointments", BookingClinic.Request(other, b.PractitionerId, "treatment-30", BookingClinic.LocalStart(9, 10, 30)), Ct);

        await AssertProblemAsync(response, HttpStatusCode.Conflict, "slot-taken");
    }

    [Fact]
    public async Task Book_RoomTakenByAnotherPractitioner_Returns409ButWithoutTheRoomSucceeds()
    {
        var b = await BookingClinic.CreateAsync(app);
        var second = await b.AddPractitionerAsync();
        using var client = await b.Clinic.ClientAsAsync(b.Clinic.FrontDeskEmail);
        var other = (await b.AddPatientsAsync(1))[0];
        await b.BookAsync(client, "treatment-60", BookingClinic.LocalStart(9, 14), roomId: b.RoomId);

        var clash = await client.PostAsJsonAsync("/api/v1/appointments", BookingClinic.Request(other, second, "treatment-30", BookingClinic.LocalStart(9, 14, 45), b.RoomId), Ct);
        var elsewhere = await client.PostAsJsonAsync("/api/v1/appointments", BookingClinic.Request(other, second, "treatment-30", BookingClinic.LocalStart(9, 14, 45)), Ct);

        await AssertProblemAsync(clash, HttpStatusCode.Conflict, "slot-taken");
        Assert.Equal(HttpStatusCode.Created, elsewhere.StatusCode);
    }

    [Fact]
    public async Task Book_BadInput_Returns400NamingEachField()
    {
        var b = await BookingClinic.CreateAsync(app);
        using var client = await b.Clinic.ClientAsAsync(b.Clinic.FrontDeskEmail);

        var missing = await client.PostAsJsonAsync("/api/v1/appointments", new { start = "2026-12-01T10:00" }, Ct);
        var offGrid = await client.PostAsJsonAsync("/api/v1/appointments", BookingClinic.Request(b.Clinic.PatientId, b.PractitionerId, "review", BookingClinic.LocalStart(5, 10, 10)), Ct);
        var past = await client.PostAsJsonAsync("/api/v1/appointments", BookingClinic.Request(b.Clinic.PatientId, b.PractitionerId, "review", BookingClinic.LocalStart(-2, 10)), Ct);
        var unknownType = await client.PostAsJsonAsync("/api/v1/appointments", BookingClinic.Request(b.Clinic.PatientId, b.PractitionerId, "massage-90", BookingClinic.LocalStart(5, 10)), Ct);
        var unknownPatient = await client.PostAsJsonAsync("/api/v1/appointments", BookingClinic.Request(Guid.NewGuid(), b.PractitionerId, "review", BookingClinic.LocalStart(5, 10)), Ct);
        var frontDeskAsPractitioner = await b.QueryAsync(db => db.Staff.Where(s => s.Email == b.Clinic.FrontDeskEmail).Select(s => s.Id).SingleAsync(Ct));
        var notPractitioner = await client.PostAsJsonAsync("/api/v1/appointments", BookingClinic.Request(b.Clinic.PatientId, frontDeskAsPractitioner, "review", BookingClinic.LocalStart(5, 10)), Ct);
        var badGuid = await client.PostAsync("/api/v1/appointments", new StringContent("{\"patientId\":\"nope\"}", System.Text.Encoding.UTF8, "application/json"), Ct);

        Assert.Equal(["patientId", "practitionerId", "start", "type"], await ErrorFieldsAsync(missing));
        Assert.Equal(["start"], await ErrorFieldsAsync(offGrid));
        Assert.Equal(["start"], await ErrorFieldsAsync(past));
        Assert.Equal(["type"], await ErrorFieldsAsync(unknownType));
        Assert.Equal(["patientId"], await ErrorFieldsAsync(unknownPatient));
        Assert.Equal(["practitionerId"], await ErrorFieldsAsync(notPractitioner));
        Assert.Equal(["patientId"], await ErrorFieldsAsync(badGuid));
    }

    [Fact]
    public async Task Book_OutsideWorkingHoursOrOnTimeOff_Returns422()
    {
        var b = await BookingClinic.CreateAsync(app);
        using var client = await b.Clinic.ClientAsAsync(b.Clinic.FrontDeskEmail);
        var day = NodaTime.Text.LocalDateTimePattern.ExtendedIso.Parse(BookingClinic.LocalStart(6, 0)[..19]).Value.Date;
        await b.QueryAsync(async db =>
        {
            db.TimeOff.Add(new BackPlan.Web.Features.Staff.TimeOff
            {
                StaffMemberId = b.PractitionerId,
                Start = (day + new NodaTime.LocalTime(15, 0)).ToDateTimeUnspecified(),
                End = (day + new NodaTime.LocalTime(17, 0)).ToDateTimeUnspecified(),
                Reason = "Course",
            });
            return await db.SaveChangesAsync(Ct);
        });

        var lunch = await client.PostAsJsonAsync("/api/v1/appointments", BookingClinic.Request(b.Clinic.PatientId, b.PractitionerId, "treatment-30", BookingClinic.LocalStart(6, 11, 45)), Ct);
        var late = await client.PostAsJsonAsync("/api/v1/appointments", BookingClinic.Request(b.Clinic.PatientId, b.PractitionerId, "review", BookingClinic.LocalStart(6, 23, 45)), Ct);
        var away = await client.PostAsJsonAsync("/api/v1/appointments", BookingClinic.Request(b.Clinic.PatientId, b.PractitionerId, "review", BookingClinic.LocalStart(6, 16)), Ct);
        var before = await client.PostAsJsonAsync("/api/v1/appointments", BookingClinic.Request(b.Clinic.PatientId, b.PractitionerId, "review", BookingClinic.LocalStart(6, 14, 30)), Ct);

        await AssertProblemAsync(lunch, HttpStatusCode.UnprocessableEntity, "outside-working-hours");
        await AssertProblemAsync(late, HttpStatusCode.UnprocessableEntity, "outside-working-hours");
        await AssertProblemAsync(away, HttpStatusCode.UnprocessableEntity, "time-off");
        Assert.Equal(HttpStatusCode.Created, before.StatusCode);
    }

    [Fact]
    public async Task Book_ExpiredLicence_Returns422SayingSo()
    {
        var b = await BookingClinic.CreateAsync(app, licenceExpiresOn: DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-2));
        using var client = await b.Clinic.ClientAsAsync(b.Clinic.FrontDeskEmail);

        var response = await client.PostAsJsonAsync("/api/v1/appointments", BookingClinic.Request(b.Clinic.PatientId, b.PractitionerId, "review", BookingClinic.LocalStart(3, 10)), Ct);

        var problem = await AssertProblemAsync(response, HttpStatusCode.UnprocessableEntity, "licence-expired");
        Assert.Contains("licence is not valid", problem.GetProperty("title").GetString(), StringComparison.Ordinal);
        var practitioners = await client.GetFromJsonAsync<JsonElement>("/api/v1/practitioners", Ct);
        var me = practitioners.EnumerateArray().Single();
        Assert.Equal(("expired", false), (me.GetProperty("licenceStatus").GetString(), me.GetProperty("mayBook").GetBoolean()));
    }

    [Fact]
    public async Task Book_LicenceExpiringBeforeTheVisit_Returns422()
    {
        var b = await BookingClinic.CreateAsync(app, licenceExpiresOn: DateOnly.FromDateTime(DateTime.UtcNow).AddDays(5));
        using var client = await b.Clinic.ClientAsAsync(b.Clinic.FrontDeskEmail);

        var soon = await client.PostAsJsonAsync("/api/v1/appointments", BookingClinic.Request(b.Clinic.PatientId, b.PractitionerId, "review", BookingClinic.LocalStart(2, 10)), Ct);
        var after = await client.PostAsJsonAsync("/api/v1/appointments", BookingClinic.Request(b.Clinic.PatientId, b.PractitionerId, "review", BookingClinic.LocalStart(8, 10)), Ct);

        Assert.Equal(HttpStatusCode.Created, soon.StatusCode);
        await AssertProblemAsync(after, HttpStatusCode.UnprocessableEntity, "licence-expired");
    }

    [Fact]
    public async Task Book_EpisodeBlockedByScreening_Returns422UntilAReferralIsRecorded()
    {
        var b = await BookingClinic.CreateAsync(app);
        using var pages = await Browserless.SignedInAsync(app, b.Clinic.PractitionerEmail);
        var episodeId = await PlanSteps.IntakeAsync(pages, b.Clinic.PatientId, f => f["rf.saddle_numbness"] = "true");
        using var client = await b.Clinic.ClientAsAsync(b.Clinic.FrontDeskEmail);
        var request = BookingClinic.Request(b.Clinic.PatientId, b.PractitionerId, "review", BookingClinic.LocalStart(3, 10));

        var blocked = await client.PostAsJsonAsync("/api/v1/appointments", request, Ct);
        await Browserless.PostFormAsync(pages, $"/episodes/{episodeId}", "resolve", new() { ["resolution"] = "referred", ["reason"] = "Sent to ED." });
        var resolved = await client.PostAsJsonAsync("/api/v1/appointments", request, Ct);

        var problem = await AssertProblemAsync(blocked, HttpStatusCode.UnprocessableEntity, "screening-blocks");
        Assert.Contains("safety screening blocks treatment", problem.GetProperty("title").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Created, resolved.StatusCode);
    }

    [Fact]
    public async Task Appointments_OtherClinic_Return404AndCannotBeBooked()
    {
        var a = await BookingClinic.CreateAsync(app);
        var b = await BookingClinic.CreateAsync(app);
        using var clientA = await a.Clinic.ClientAsAsync(a.Clinic.FrontDeskEmail);
        using var clientB = await b.Clinic.ClientAsAsync(b.Clinic.FrontDeskEmail);
        var appointment = await a.BookAsync(clientA, "review", BookingClinic.LocalStart(4, 9));

        Assert.Equal(HttpStatusCode.NotFound, (await clientB.GetAsync($"/api/v1/appointments/{appointment.Id}", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await clientB.PostAsJsonAsync($"/api/v1/appointments/{appointment.Id}/cancel", new { reason = "x" }, Ct)).StatusCode);
        var list = await clientB.GetFromJsonAsync<List<AppointmentDto>>($"/api/v1/appointments?from={BookingClinic.LocalStart(0, 0)[..10]}&to={BookingClinic.LocalStart(30, 0)[..10]}", Ct);
        Assert.Empty(list!);
        var crossPatient = await clientB.PostAsJsonAsync("/api/v1/appointments", BookingClinic.Request(a.Clinic.PatientId, b.PractitionerId, "review", BookingClinic.LocalStart(4, 9)), Ct);
        var crossPractitioner = await clientB.PostAsJsonAsync("/api/v1/appointments", BookingClinic.Request(b.Clinic.PatientId, a.PractitionerId, "review", BookingClinic.LocalStart(4, 9)), Ct);
        var crossRoom = await clientB.PostAsJsonAsync("/api/v1/appointments", BookingClinic.Request(b.Clinic.PatientId, b.PractitionerId, "review", BookingClinic.LocalStart(4, 9), a.RoomId), Ct);
        Assert.Equal(["patientId"], await ErrorFieldsAsync(crossPatient));
        Assert.Equal(["practitionerId"], await ErrorFieldsAsync(crossPractitioner));
        Assert.Equal(["roomId"], await ErrorFieldsAsync(crossRoom));
        Assert.Equal(["practitionerId"], await ErrorFieldsAsync(await clientB.GetAsync($"/api/v1/availability?practitionerId={a.PractitionerId}&type=review", Ct)));
    }

    [Fact]
    public async Task Patient_BooksListsAndCancelsOnlyTheirOwn()
    {
        var b = await BookingClinic.CreateAsync(app);
        var other = (await b.AddPatientsAsync(1))[0];
        using var staff = await b.Clinic.ClientAsAsync(b.Clinic.FrontDeskEmail);
        var theirs = await b.BookAsync(staff, "review", BookingClinic.LocalStart(5, 9), patientId: other);
        using var patient = await b.Clinic.ClientAsAsync(b.Clinic.PatientEmail);

        var own = await patient.PostAsJsonAsync("/api/v1/appointments", BookingClinic.Request(b.Clinic.PatientId, b.PractitionerId, "review", BookingClinic.LocalStart(5, 10)), Ct);
        var forOther = await patient.PostAsJsonAsync("/api/v1/appointments", BookingClinic.Request(other, b.PractitionerId, "review", BookingClinic.LocalStart(5, 11)), Ct);
        var list = await patient.GetFromJsonAsync<List<AppointmentDto>>($"/api/v1/appointments?to={BookingClinic.LocalStart(10, 0)[..10]}", Ct);
        var readOther = await patient.GetAsync($"/api/v1/appointments/{theirs.Id}", Ct);
        var cancelOther = await patient.PostAsJsonAsync($"/api/v1/appointments/{theirs.Id}/cancel", new { reason = "not mine" }, Ct);
        var created = (await own.Content.ReadFromJsonAsync<AppointmentDto>(Ct))!;
        var cancelOwn = await patient.PostAsJsonAsync($"/api/v1/appointments/{created.Id}/cancel", new { reason = "Feeling better" }, Ct);

        Assert.Equal(HttpStatusCode.Created, own.StatusCode);
        await AssertProblemAsync(forOther, HttpStatusCode.Forbidden, "patient-books-for-self");
        Assert.Equal([created.Id], list!.Select(a => a.Id));
        Assert.Equal(HttpStatusCode.NotFound, readOther.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, cancelOther.StatusCode);
        Assert.Equal(HttpStatusCode.OK, cancelOwn.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await patient.GetAsync("/api/v1/practitioners", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await patient.GetAsync($"/api/v1/availability?practitionerId={b.PractitionerId}&type=review", Ct)).StatusCode);
    }

    [Fact]
    public async Task Cancel_WithReason_FreesTheSlotAndCannotBeRepeated()
    {
        var b = await BookingClinic.CreateAsync(app);
        using var client = await b.Clinic.ClientAsAsync(b.Clinic.FrontDeskEmail);
        var start = BookingClinic.LocalStart(12, 16);
        var appointment = await b.BookAsync(client, "treatment-60", start, roomId: b.RoomId);

        var noReason = await client.PostAsJsonAsync($"/api/v1/appointments/{appointment.Id}/cancel", new { reason = " " }, Ct);
        var cancelled = await client.PostAsJsonAsync($"/api/v1/appointments/{appointment.Id}/cancel", new { reason = "Patient is travelling" }, Ct);
        var again = await client.PostAsJsonAsync($"/api/v1/appointments/{appointment.Id}/cancel", new { reason = "Twice" }, Ct);
        var rebooked = await b.BookAsync(client, "treatment-60", start, patientId: (await b.AddPatientsAsync(1))[0], roomId: b.RoomId);

        Assert.Equal(["reason"], await ErrorFieldsAsync(noReason));
        var dto = (await cancelled.Content.ReadFromJsonAsync<AppointmentDto>(Ct))!;
        Assert.Equal(("cancelled", "Patient is travelling", false), (dto.Status, dto.CancellationReason, dto.LateCancellation));
        await AssertProblemAsync(again, HttpStatusCode.Conflict, "not-booked");
        Assert.Equal("booked", rebooked.Status);
        var list = await client.GetFromJsonAsync<List<AppointmentDto>>($"/api/v1/appointments?from={start[..10]}&to={start[..10]}&practitionerId={b.PractitionerId}", Ct);
        Assert.Equal(["cancelled", "booked"], list!.Select(a => a.Status));
    }

    [Fact]
    public async Task Cancel_WithinTheNoticePeriod_IsFlaggedLate()
    {
        var b = await BookingClinic.CreateAsync(app);
        using var client = await b.Clinic.ClientAsAsync(b.Clinic.FrontDeskEmail);
        var free = await client.GetFromJsonAsync<AvailabilityDto>($"/api/v1/availability?practitionerId={b.PractitionerId}&type=review&from={BookingClinic.LocalStart(0, 0)[..10]}&to={BookingClinic.LocalStart(1, 0)[..10]}", Ct);
        var soon = free!.Slots.First(s => s.Start > DateTimeOffset.UtcNow.AddMinutes(5)).Start;
        Assert.True(soon - DateTimeOffset.UtcNow < TimeSpan.FromHours(24));
        var appointment = await b.BookAsync(client, "review", soon.ToString("yyyy-MM-dd'T'HH:mm:sszzz", System.Globalization.CultureInfo.InvariantCulture));

        var cancelled = await client.PostAsJsonAsync($"/api/v1/appointments/{appointment.Id}/cancel", new { reason = "Overslept" }, Ct);

        Assert.True((await cancelled.Content.ReadFromJsonAsync<AppointmentDto>(Ct))!.LateCancellation);
    }

    [Fact]
    public async Task Availability_BadInput_Returns400NamingEachField()
    {
        var b = await BookingClinic.CreateAsync(app);
        using var client = await b.Clinic.ClientAsAsync(b.Clinic.FrontDeskEmail);

        var nothing = await client.GetAsync("/api/v1/availability?from=tomorrow&to=2026-13-01", Ct);
        var tooLong = await client.GetAsync($"/api/v1/availability?practitionerId={b.PractitionerId}&type=review&from=2027-01-01&to=2027-02-15", Ct);
        var backwards = await client.GetAsync($"/api/v1/availability?practitionerId={b.PractitionerId}&type=review&from=2027-01-05T10:00&to=2027-01-05T09:00", Ct);
        var unknown = await client.GetAsync($"/api/v1/availability?practitionerId={Guid.NewGuid()}&type=review&roomId=abc", Ct);
        var listTooLong = await client.GetAsync("/api/v1/appointments?from=2027-01-01&to=2027-03-01&practitionerId=xyz", Ct);

        Assert.Equal(["from", "practitionerId", "to", "type"], await ErrorFieldsAsync(nothing));
        Assert.Equal(["to"], await ErrorFieldsAsync(tooLong));
        Assert.Equal(["to"], await ErrorFieldsAsync(backwards));
        Assert.Equal(["practitionerId", "roomId"], await ErrorFieldsAsync(unknown));
        Assert.Equal(["practitionerId", "to"], await ErrorFieldsAsync(listTooLong));
    }

    [Fact]
    public async Task Availability_DateTimesWithOffsets_AreExactBounds()
    {
        var b = await BookingClinic.CreateAsync(app);
        using var client = await b.Clinic.ClientAsAsync(b.Clinic.PractitionerEmail);
        var from = Uri.EscapeDataString(BookingClinic.LocalStart(7, 9));
        var to = Uri.EscapeDataString(BookingClinic.LocalStart(7, 10));

        var result = await client.GetFromJsonAsync<AvailabilityDto>($"/api/v1/availability?practitionerId={b.PractitionerId}&type=initial-assessment&from={from}&to={to}", Ct);

        Assert.Equal(["09:00", "09:15", "09:30", "09:45"], result!.Slots.Select(s => s.Start.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture)));
        Assert.All(result.Slots, s => Assert.Equal(TimeSpan.FromMinutes(60), s.End - s.Start));
    }

    [Fact]
    public async Task List_RangeStartingInsideAVisit_IncludesItAndARangeAfterItsEndDoesNot()
    {
        var b = await BookingClinic.CreateAsync(app);
        using var client = await b.Clinic.ClientAsAsync(b.Clinic.FrontDeskEmail);
        var booked = await b.BookAsync(client, "treatment-60", BookingClinic.LocalStart(8, 10));

        async Task<List<Guid>> ListedAsync(int fromHour, int fromMinute, int toHour) =>
            [.. (await client.GetFromJsonAsync<List<AppointmentDto>>(
                $"/api/v1/appointments?from={Uri.EscapeDataString(BookingClinic.LocalStart(8, fromHour, fromMinute))}&to={Uri.EscapeDataString(BookingClinic.LocalStart(8, toHour))}", Ct))!
                .Select(a => a.Id)];

        Assert.Equal([booked.Id], await ListedAsync(10, 30, 12)); // started before the range, still running in it
        Assert.Empty(await ListedAsync(11, 0, 12)); // ended as the range starts
    }

    [Fact]
    public async Task PractitionersAndTypes_ListTheClinicsOwn()
    {
        var b = await BookingClinic.CreateAsync(app);
        using var client = await b.Clinic.ClientAsAsync(b.Clinic.FrontDeskEmail);

        var practitioners = await client.GetFromJsonAsync<JsonElement>("/api/v1/practitioners", Ct);
        var types = await client.GetFromJsonAsync<List<AppointmentTypeDto>>("/api/v1/appointment-types", Ct);

        var only = practitioners.EnumerateArray().Single();
        Assert.Equal(b.PractitionerId, only.GetProperty("id").GetGuid());
        Assert.Equal(("valid", true), (only.GetProperty("licenceStatus").GetString(), only.GetProperty("mayBook").GetBoolean()));
        Assert.Equal(14, only.GetProperty("workingHours").GetArrayLength());
        Assert.Equal(
            [("review", 30), ("treatment-30", 30), ("treatment-45", 45), ("initial-assessment", 60), ("treatment-60", 60)],
            types!.Select(t => (t.Code, t.Minutes)));
        Assert.Equal("Terapia 45 min", types!.Single(t => t.Code == "treatment-45").Name); // the test clinic is Polish
    }

    [Fact]
    public async Task Read_WritesAnAuditEntryForThePatient()
    {
        var b = await BookingClinic.CreateAsync(app);
        using var client = await b.Clinic.ClientAsAsync(b.Clinic.PractitionerEmail);
        var appointment = await b.BookAsync(client, "review", BookingClinic.LocalStart(3, 8));

        await client.GetAsync($"/api/v1/appointments/{appointment.Id}", Ct);
        await client.GetAsync("/api/v1/appointments", Ct);

        var actions = await b.QueryAsync(db => db.AuditEntries.Where(a => a.Action.StartsWith("appointment.") || a.Action.StartsWith("Appointment.")).OrderBy(a => a.At).Select(a => new { a.Action, a.PatientId }).ToListAsync(Ct));
        Assert.Contains(actions, a => a.Action == "Appointment.added" && a.PatientId == b.Clinic.PatientId);
        Assert.Contains(actions, a => a.Action == "appointment.read" && a.PatientId == b.Clinic.PatientId);
        Assert.Contains(actions, a => a.Action == "appointment.list" && a.PatientId == null);
    }

    internal static async Task<JsonElement> AssertProblemAsync(HttpResponseMessage response, HttpStatusCode status, string code)
    {
        var text = await response.Content.ReadAsStringAsync(Ct);
        Assert.True(response.StatusCode == status, $"{response.StatusCode}: {text}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        var problem = JsonSerializer.Deserialize<JsonElement>(text);
        Assert.Equal(code, problem.GetProperty("code").GetString());
        return problem;
    }

    internal static async Task<List<string>> ErrorFieldsAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync(Ct);
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{response.StatusCode}: {text}");
        return [.. JsonSerializer.Deserialize<JsonElement>(text).GetProperty("errors").EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal)];
    }
}
