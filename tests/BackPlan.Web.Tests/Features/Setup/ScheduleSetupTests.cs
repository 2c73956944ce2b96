using System.Globalization;
using System.Net.Http.Json;
using BackPlan.Web.Features.Appointments;
using BackPlan.Web.Features.Clinics;
using BackPlan.Web.Features.Setup;
using BackPlan.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace BackPlan.Web.Tests.Features.Setup;

public class ScheduleSetupTests(BackPlanApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task MySchedule_PractitionerAddsHours_AvailabilityOffersThemAndOverlapIsRefused()
    {
        var (clinic, locationId, staffId) = await ClinicWithLocationAsync();
        using var therapist = await Browserless.SignedInAsync(app, clinic.PractitionerEmail);
        var day = NextMonday();

        await Browserless.PostFormAsync(therapist, "/my-schedule", "add-hours", Hours("Monday", "09:00", "11:00", locationId));
        var overlap = await (await Browserless.PostFormAsync(therapist, "/my-schedule", "add-hours", Hours("Monday", "10:30", "12:00", locationId))).Content.ReadAsStringAsync(Ct);
        var offSlot = await (await Browserless.PostFormAsync(therapist, "/my-schedule", "add-hours", Hours("Tuesday", "08:10", "12:00", locationId))).Content.ReadAsStringAsync(Ct);

        Assert.Contains("These hours overlap hours already set for that day.", overlap, StringComparison.Ordinal);
        Assert.Contains("Use a time on a quarter hour", offSlot, StringComparison.Ordinal);
        Assert.Contains("value=\"08:10", offSlot, StringComparison.Ordinal); // what was typed is kept
        using var api = await clinic.ClientAsAsync(clinic.FrontDeskEmail);
        var free = await api.GetFromJsonAsync<AvailabilityDto>($"/api/v1/availability?practitionerId={staffId}&type=treatment-30&from={day:yyyy-MM-dd}&to={day:yyyy-MM-dd}", Ct);
        Assert.Equal(["09:00", "09:15", "09:30", "09:45", "10:00", "10:15", "10:30"], free!.Slots.Select(s => s.Start.ToString("HH:mm", CultureInfo.InvariantCulture)));
    }

    [Fact]
    public async Task MySchedule_TimeOff_RemovesAvailabilityAndCanBeRemoved()
    {
        var (clinic, locationId, staffId) = await ClinicWithLocationAsync();
        using var therapist = await Browserless.SignedInAsync(app, clinic.PractitionerEmail);
        var day = NextMonday();
        await Browserless.PostFormAsync(therapist, "/my-schedule", "add-hours", Hours("Monday", "09:00", "10:00", locationId));

        await Browserless.PostFormAsync(therapist, "/my-schedule", "add-time-off", new()
        {
            ["Off.StartDate"] = day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["Off.StartTime"] = "00:00",
            ["Off.EndDate"] = day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["Off.EndTime"] = "23:45",
            ["Off.Reason"] = "Course",
        });

        using var api = await clinic.ClientAsAsync(clinic.FrontDeskEmail);
        var url = $"/api/v1/availability?practitionerId={staffId}&type=treatment-30&from={day:yyyy-MM-dd}&to={day:yyyy-MM-dd}";
        Assert.Empty((await api.GetFromJsonAsync<AvailabilityDto>(url, Ct))!.Slots);

        var offId = await clinic.QueryAsync(db => db.TimeOff.Where(t => t.StaffMemberId == staffId).Select(t => t.Id).SingleAsync(Ct));
        await Browserless.PostFormAsync(therapist, "/my-schedule", "remove-time-off", new() { ["RemoveOffId"] = offId.ToString() });
        Assert.NotEmpty((await api.GetFromJsonAsync<AvailabilityDto>(url, Ct))!.Slots);
    }

    [Fact]
    public async Task MySchedule_PractitionerCannotRemoveAnotherPractitionersHours()
    {
        var (clinic, locationId, _) = await ClinicWithLocationAsync();
        var other = await clinic.QueryAsync(async db =>
        {
            var colleague = await db.Staff.SingleAsync(s => s.Email == clinic.AdminEmail, Ct);
            var hours = new BackPlan.Web.Features.Staff.WorkingHours { ClinicId = clinic.Id, StaffMemberId = colleague.Id, Day = NodaTime.IsoDayOfWeek.Friday, Start = new(8, 0), End = new(9, 0), LocationId = locationId };
            db.WorkingHours.Add(hours);
            await db.SaveChangesAsync(Ct);
            return hours.Id;
        });
        using var therapist = await Browserless.SignedInAsync(app, clinic.PractitionerEmail);

        await Browserless.PostFormAsync(therapist, "/my-schedule", "remove-hours", new() { ["RemoveHoursId"] = other.ToString() });

        Assert.True(await clinic.QueryAsync(db => db.WorkingHours.AnyAsync(w => w.Id == other, Ct)));
    }

    [Fact]
    public async Task BookingSetup_AdminEditsTypeAndAddsRoom_FrontDeskIsRefused()
    {
        var (clinic, locationId, _) = await ClinicWithLocationAsync();
        using var admin = await Browserless.SignedInAsync(app, clinic.AdminEmail);
        var review = await clinic.QueryAsync(db => db.AppointmentTypes.SingleAsync(t => t.Code == "review", Ct));

        var bad = await (await Browserless.PostFormAsync(admin, "/settings/booking", "save-type", new() { ["Type.Id"] = review.Id.ToString(), ["Type.Name"] = "Review", ["Type.Minutes"] = "20", ["Type.Active"] = "true" })).Content.ReadAsStringAsync(Ct);
        await Browserless.PostFormAsync(admin, "/settings/booking", "save-type", new() { ["Type.Id"] = review.Id.ToString(), ["Type.Name"] = "Progress review", ["Type.Minutes"] = "45", ["Type.Active"] = "true" });
        await Browserless.PostFormAsync(admin, "/settings/booking", "save-type", new() { ["Type.Name"] = "Sports massage 90", ["Type.Minutes"] = "90", ["Type.Active"] = "true" });
        await Browserless.PostFormAsync(admin, "/settings/booking", "add-room", new() { ["Room.LocationId"] = locationId.ToString(), ["Room.Name"] = "Garden room" });
        var duplicate = await (await Browserless.PostFormAsync(admin, "/settings/booking", "add-room", new() { ["Room.LocationId"] = locationId.ToString(), ["Room.Name"] = "garden room" })).Content.ReadAsStringAsync(Ct);

        Assert.Contains("Give a length from 15 to 240 minutes in steps of 15.", bad, StringComparison.Ordinal);
        var types = await clinic.QueryAsync(db => db.AppointmentTypes.ToListAsync(Ct));
        Assert.Contains(types, t => t.Code == "review" && t.Name == "Progress review" && t.Minutes == 45);
        Assert.Contains(types, t => t.Code == "sports-massage-90" && t.Minutes == 90);
        Assert.Contains("This location already has a room with this name.", duplicate, StringComparison.Ordinal);
        Assert.Equal(1, await clinic.QueryAsync(db => db.Rooms.CountAsync(r => r.LocationId == locationId, Ct)));
        using var frontDesk = await Browserless.SignedInAsync(app, clinic.FrontDeskEmail);
        var refused = await frontDesk.GetAsync("/settings/booking", Ct);
        Assert.DoesNotContain("Booking set-up", await refused.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Treatment 45 min", "treatment-45-min")]
    [InlineData("  Masaż  Głęboki! ", "masaz-gleboki")]
    [InlineData("review", "review-2")]
    [InlineData("***", "type")]
    public void CodeFor_Name_GivesStableUniqueCode(string name, string expected)
    {
        Assert.Equal(expected, AppointmentTypeInput.CodeFor(name, ["review"]));
    }

    private async Task<(TestClinic Clinic, Guid LocationId, Guid StaffId)> ClinicWithLocationAsync()
    {
        var clinic = await TestClinic.CreateAsync(app);
        var (locationId, staffId) = await clinic.QueryAsync(async db =>
        {
            var location = new Location { ClinicId = clinic.Id, Name = $"Setup {clinic.Tag}" };
            db.Locations.Add(location);
            await db.SaveChangesAsync(Ct);
            var staff = await db.Staff.SingleAsync(s => s.Email == clinic.PractitionerEmail, Ct);
            return (location.Id, staff.Id);
        });
        return (clinic, locationId, staffId);
    }

    private static Dictionary<string, string> Hours(string day, string start, string end, Guid locationId) => new()
    {
        ["Hours.Day"] = day,
        ["Hours.Start"] = start,
        ["Hours.End"] = end,
        ["Hours.LocationId"] = locationId.ToString(),
    };

    private static DateOnly NextMonday()
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(2);
        return today.AddDays(((int)DayOfWeek.Monday - (int)today.DayOfWeek + 7) % 7);
    }
}
