using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using BackPlan.Web.Features.Appointments;
using BackPlan.Web.Features.Clinics;
using BackPlan.Web.Features.Locations;
using BackPlan.Web.Tests.Features.Appointments;
using BackPlan.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace BackPlan.Web.Tests.Features.Locations;

public class LocationsPageTests(BackPlanApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Save_AdminAddsThenEditsLocation_StoresAddressZoneHoursAndClosures()
    {
        var clinic = await TestClinic.CreateAsync(app);
        using var admin = await Browserless.SignedInAsync(app, clinic.AdminEmail);

        var added = await Browserless.PostFormAsync(admin, "/settings/locations", "save-location", Form(new()
        {
            ["Location.Name"] = "Riverside",
            ["Location.AddressLine"] = "ul. Wiślana 7",
            ["Location.PostalCode"] = "00-123",
            ["Location.City"] = "Warszawa",
            ["Location.Country"] = "Polska",
            ["Location.Phone"] = "+48 22 000 11 22",
            ["Location.Monday"] = "08:00-12:00, 13:00-19:00",
            ["Location.Saturday"] = "9:00-13:00",
            ["Location.Closures"] = "2026-12-24 Christmas Eve",
        }));
        Assert.Equal(HttpStatusCode.OK, added.StatusCode);
        var location = await clinic.QueryAsync(db => db.Locations.AsNoTracking().SingleAsync(l => l.Name == "Riverside", Ct));
        var page = await admin.GetStringAsync($"/settings/locations?edit={location.Id}", Ct);

        Assert.Equal(("Polska", "+48 22 000 11 22", null, true), (location.Country, location.Phone, location.TimeZoneId, location.Active));
        Assert.Contains("value=\"Riverside\"", page, StringComparison.Ordinal);
        Assert.Matches("name=\"Location.Monday\" value=\"08:00(&#x2013;|–)12:00, 13:00(&#x2013;|–)19:00\"", page);

        await Browserless.PostFormAsync(admin, $"/settings/locations?edit={location.Id}", "save-location", Form(new()
        {
            ["Location.Id"] = location.Id.ToString(),
            ["Location.Name"] = "Riverside Studio",
            ["Location.TimeZoneId"] = "Europe/London",
            ["Location.Monday"] = "10:00-18:00",
        }));

        var hours = await clinic.QueryAsync(db => db.LocationHours.AsNoTracking().Where(h => h.LocationId == location.Id).ToListAsync(Ct));
        var edited = await clinic.QueryAsync(db => db.Locations.AsNoTracking().SingleAsync(l => l.Id == location.Id, Ct));
        Assert.Equal(("Riverside Studio", "Europe/London"), (edited.Name, edited.TimeZoneId));
        var monday = Assert.Single(hours);
        Assert.Equal((IsoDayOfWeek.Monday, new TimeOnly(10, 0), new TimeOnly(18, 0)), (monday.Day, monday.Opens, monday.Closes));
        Assert.Equal(0, await clinic.QueryAsync(db => db.LocationClosures.CountAsync(c => c.LocationId == location.Id, Ct)));
    }

    [Fact]
    public async Task Save_CloseBeforeOpenAndOverlap_ErrorBesideTheDayAndInputKept()
    {
        var clinic = await TestClinic.CreateAsync(app);
        using var admin = await Browserless.SignedInAsync(app, clinic.AdminEmail);

        var response = await Browserless.PostFormAsync(admin, "/settings/locations", "save-location", Form(new()
        {
            ["Location.Name"] = "Bad hours",
            ["Location.Monday"] = "12:00-08:00",
            ["Location.Tuesday"] = "08:00-12:00, 11:00-14:00",
            ["Location.Wednesday"] = "08:00-16:00",
        }));
        var html = await response.Content.ReadAsStringAsync(Ct);

        Assert.Matches("id=\"hours-monday-error\"[^>]*>\\s*<div class=\"validation-message\">Each closing time must be after its opening time.</div>", html);
        Assert.Matches("id=\"hours-tuesday-error\"[^>]*>\\s*<div class=\"validation-message\">The intervals of one day must not overlap.</div>", html);
        Assert.Matches("id=\"hours-wednesday-error\"[^>]*>\\s*</div>", html);
        Assert.Contains("name=\"Location.Monday\" value=\"12:00-08:00\"", html, StringComparison.Ordinal);
        Assert.Contains("name=\"Location.Wednesday\" value=\"08:00-16:00\"", html, StringComparison.Ordinal);
        Assert.Contains("value=\"Bad hours\"", html, StringComparison.Ordinal);
        Assert.False(await clinic.QueryAsync(db => db.Locations.AnyAsync(l => l.Name == "Bad hours", Ct)));
    }

    [Fact]
    public async Task Page_NotAdmin_Forbidden()
    {
        var clinic = await TestClinic.CreateAsync(app);
        using var frontDesk = await Browserless.SignedInAsync(app, clinic.FrontDeskEmail);
        using var practitioner = await Browserless.SignedInAsync(app, clinic.PractitionerEmail);

        Assert.Equal(HttpStatusCode.Forbidden, (await frontDesk.GetAsync("/settings/locations", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await practitioner.GetAsync("/settings/locations", Ct)).StatusCode);
    }

    [Fact]
    public async Task Edit_AnotherClinicsLocation_NotFoundAndUnchanged()
    {
        var mine = await TestClinic.CreateAsync(app);
        var theirs = await TestClinic.CreateAsync(app);
        var theirLocation = await theirs.QueryAsync(async db =>
        {
            var location = new Location { ClinicId = theirs.Id, Name = "Theirs" };
            db.Locations.Add(location);
            await db.SaveChangesAsync(Ct);
            return location.Id;
        });
        using var admin = await Browserless.SignedInAsync(app, mine.AdminEmail);

        var read = await admin.GetAsync($"/settings/locations?edit={theirLocation}", Ct);
        var write = await Browserless.PostFormAsync(admin, "/settings/locations", "save-location", Form(new()
        {
            ["Location.Id"] = theirLocation.ToString(),
            ["Location.Name"] = "Taken over",
        }));

        Assert.Equal(HttpStatusCode.NotFound, read.StatusCode);
        // The page is not found, so neither is its form: the post is refused before any handler runs.
        Assert.Contains(write.StatusCode, new[] { HttpStatusCode.NotFound, HttpStatusCode.BadRequest });
        Assert.Equal("Theirs", await theirs.QueryAsync(db => db.Locations.Where(l => l.Id == theirLocation).Select(l => l.Name).SingleAsync(Ct)));
        Assert.False(await mine.QueryAsync(db => db.Locations.AnyAsync(l => l.Name == "Taken over", Ct)));
    }

    [Fact]
    public async Task Toggle_LocationWithRooms_TakenOutOfUseNotDeleted()
    {
        var b = await BookingClinic.CreateAsync(app);
        using var admin = await Browserless.SignedInAsync(app, b.Clinic.AdminEmail);

        await Browserless.PostFormAsync(admin, "/settings/locations", "delete-location", new() { ["DeleteLocationId"] = b.LocationId.ToString() });
        await Browserless.PostFormAsync(admin, "/settings/locations", "toggle-location", new() { ["ToggleLocationId"] = b.LocationId.ToString() });

        Assert.False(await b.QueryAsync(db => db.Locations.Where(l => l.Id == b.LocationId).Select(l => l.Active).SingleAsync(Ct)));
        using var client = await b.Clinic.ClientAsAsync(b.Clinic.FrontDeskEmail);
        var day = BookingClinic.LocalStart(10, 9)[..10];
        var free = await client.GetFromJsonAsync<AvailabilityDto>($"/api/v1/availability?practitionerId={b.PractitionerId}&type=treatment-30&from={day}&to={day}", Ct);
        Assert.Empty(free!.Slots);
    }

    [Fact]
    public async Task Availability_OutsideOpeningHours_NotOfferedAndBookingRefusedWithMessage()
    {
        var b = await BookingClinic.CreateAsync(app);
        await b.QueryAsync(async db =>
        {
            db.LocationHours.AddRange(Enum.GetValues<IsoDayOfWeek>().Where(d => d != IsoDayOfWeek.None).Select(d => new LocationHours
            {
                ClinicId = b.Clinic.Id, LocationId = b.LocationId, Day = d, Opens = new TimeOnly(9, 0), Closes = new TimeOnly(11, 0),
            }));
            return await db.SaveChangesAsync(Ct);
        });
        using var client = await b.Clinic.ClientAsAsync(b.Clinic.FrontDeskEmail);
        var day = BookingClinic.LocalStart(10, 9)[..10];

        var free = await client.GetFromJsonAsync<AvailabilityDto>($"/api/v1/availability?practitionerId={b.PractitionerId}&type=treatment-60&from={day}&to={day}", Ct);
        var refused = await client.PostAsJsonAsync("/api/v1/appointments", BookingClinic.Request(b.Clinic.PatientId, b.PractitionerId, "treatment-60", BookingClinic.LocalStart(10, 14)), Ct);
        var inside = await client.PostAsJsonAsync("/api/v1/appointments", BookingClinic.Request(b.Clinic.PatientId, b.PractitionerId, "treatment-60", BookingClinic.LocalStart(10, 10)), Ct);

        Assert.Equal(["09:00", "09:15", "09:30", "09:45", "10:00"], free!.Slots.Select(s => s.Start.ToString("HH:mm", CultureInfo.InvariantCulture)));
        Assert.All(free.Slots, s => Assert.Equal(b.LocationId, s.LocationId));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        var problem = JsonSerializer.Deserialize<JsonElement>(await refused.Content.ReadAsStringAsync(Ct));
        Assert.Equal("location-closed", problem.GetProperty("code").GetString());
        Assert.Contains($"Main {b.Clinic.Tag} is closed at that time", problem.GetProperty("title").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Created, inside.StatusCode);
    }

    [Fact]
    public async Task Availability_LocationInAnotherZone_OffersSlotsInItsOwnLocalTime()
    {
        var b = await BookingClinic.CreateAsync(app);
        await b.QueryAsync(async db =>
        {
            var location = await db.Locations.SingleAsync(l => l.Id == b.LocationId, Ct);
            location.TimeZoneId = "America/New_York";
            db.LocationHours.AddRange(Enum.GetValues<IsoDayOfWeek>().Where(d => d != IsoDayOfWeek.None).Select(d => new LocationHours
            {
                ClinicId = b.Clinic.Id, LocationId = b.LocationId, Day = d, Opens = new TimeOnly(9, 0), Closes = new TimeOnly(10, 0),
            }));
            return await db.SaveChangesAsync(Ct);
        });
        using var client = await b.Clinic.ClientAsAsync(b.Clinic.FrontDeskEmail);
        // A whole Warsaw day plus the next, so New York's 09:00–10:00 (afternoon in Warsaw) is inside.
        var day = BookingClinic.LocalStart(10, 9)[..10];
        var next = BookingClinic.LocalStart(11, 9)[..10];

        var free = await client.GetFromJsonAsync<AvailabilityDto>($"/api/v1/availability?practitionerId={b.PractitionerId}&type=treatment-30&from={day}&to={next}", Ct);

        var zone = DateTimeZoneProviders.Tzdb["America/New_York"];
        Assert.NotEmpty(free!.Slots);
        Assert.All(free.Slots, s =>
        {
            var local = Instant.FromDateTimeOffset(s.Start).InZone(zone);
            Assert.Equal(local.Offset.ToTimeSpan(), s.Start.Offset);
            Assert.InRange(local.TimeOfDay, new LocalTime(9, 0), new LocalTime(9, 30));
        });
        Assert.Contains(free.Slots, s => s.Start.ToString("HH:mm", CultureInfo.InvariantCulture) == "09:00");
    }

    private static Dictionary<string, string> Form(Dictionary<string, string> fields)
    {
        foreach (var day in LocationInput.Week)
        {
            fields.TryAdd($"Location.{day}", "");
        }

        return fields;
    }
}
