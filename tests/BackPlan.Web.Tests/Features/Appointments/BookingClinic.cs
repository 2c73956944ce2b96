using System.Net.Http.Json;
using BackPlan.Web.Data;
using BackPlan.Web.Features.Appointments;
using BackPlan.Web.Features.Clinics;
using BackPlan.Web.Features.Patients;
using BackPlan.Web.Features.Staff;
using BackPlan.Web.Platform.Tenancy;
using BackPlan.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using NodaTime.Text;

namespace BackPlan.Web.Tests.Features.Appointments;

/// <summary>
/// A <see cref="TestClinic"/> ready for booking: a location with two rooms, and the practitioner
/// working every day 00:00–12:00 and 13:00–23:45 (a lunch break to be outside of).
/// </summary>
internal sealed class BookingClinic
{
    public static readonly DateTimeZone Warsaw = DateTimeZoneProviders.Tzdb["Europe/Warsaw"];

    private readonly BackPlanApp _app;

    private BookingClinic(BackPlanApp app, TestClinic clinic, Guid practitionerId, Guid locationId, Guid roomId)
    {
        _app = app;
        Clinic = clinic;
        PractitionerId = practitionerId;
        LocationId = locationId;
        RoomId = roomId;
    }

    public TestClinic Clinic { get; }

    public Guid PractitionerId { get; }

    public Guid LocationId { get; }

    public Guid RoomId { get; }

    public static async Task<BookingClinic> CreateAsync(BackPlanApp app, DateOnly? licenceExpiresOn = null)
    {
        var clinic = await TestClinic.CreateAsync(app, licenceExpiresOn);
        return await InClinicAsync(app, clinic, async db =>
        {
            var practitioner = await db.Staff.SingleAsync(s => s.Email == clinic.PractitionerEmail);
            var location = new Location { ClinicId = clinic.Id, Name = $"Main {clinic.Tag}" };
            var room = new Room { ClinicId = clinic.Id, LocationId = location.Id, Name = "Room 1" };
            db.AddRange(location, room, new Room { ClinicId = clinic.Id, LocationId = location.Id, Name = "Room 2" });
            db.WorkingHours.AddRange(EveryDay(clinic.Id, practitioner.Id, location.Id));
            await db.SaveChangesAsync();
            return new BookingClinic(app, clinic, practitioner.Id, location.Id, room.Id);
        });
    }

    /// <summary>Another practitioner with the same hours (for room clashes).</summary>
    public async Task<Guid> AddPractitionerAsync()
    {
        return await InClinicAsync(_app, Clinic, async (db, sp) =>
        {
            var (member, errors) = await sp.GetRequiredService<StaffAccounts>().CreateAsync(new StaffInput
            {
                FullName = $"Second {Clinic.Tag}",
                Email = $"second-{Clinic.Tag}@clinic.test",
                Role = Roles.Practitioner,
                Password = TestClinic.Password,
                Profession = "Chiropractor",
                LicenceNumber = "X-1",
                IssuingBody = "Test",
                LicenceExpiresOn = DateOnly.FromDateTime(DateTime.UtcNow).AddYears(1),
            }, Clinic.Id);
            Assert.Empty(errors);
            db.WorkingHours.AddRange(EveryDay(Clinic.Id, member!.Id, LocationId));
            await db.SaveChangesAsync();
            return member.Id;
        });
    }

    public async Task<List<Guid>> AddPatientsAsync(int count) => await InClinicAsync(_app, Clinic, async db =>
    {
        var patients = Enumerable.Range(0, count).Select(i => new PatientInput
        {
            GivenName = $"Racer{i}",
            FamilyName = Clinic.Tag,
            DateOfBirth = new DateOnly(1970, 1, 1).AddDays(i),
            ConsentToDataProcessing = true,
        }.ToPatient("test", DateTime.UtcNow)).ToList();
        db.Patients.AddRange(patients);
        await db.SaveChangesAsync();
        return patients.Select(p => p.Id).ToList();
    });

    public Task<T> QueryAsync<T>(Func<BackPlanDb, Task<T>> query) => InClinicAsync(_app, Clinic, query);

    /// <summary>"2026-12-03T10:00:00+01:00": a Warsaw wall-clock time <paramref name="daysAhead"/> days from today.</summary>
    public static string LocalStart(int daysAhead, int hour, int minute = 0)
    {
        var today = SystemClock.Instance.GetCurrentInstant().InZone(Warsaw).Date;
        var local = today.PlusDays(daysAhead) + new LocalTime(hour, minute);
        return OffsetDateTimePattern.ExtendedIso.Format(Warsaw.AtLeniently(local).ToOffsetDateTime());
    }

    public static object Request(Guid patientId, Guid practitionerId, string type, string start, Guid? roomId = null) =>
        new { patientId, practitionerId, type, start, roomId };

    public async Task<AppointmentDto> BookAsync(HttpClient client, string type, string start, Guid? patientId = null, Guid? roomId = null)
    {
        var response = await client.PostAsJsonAsync("/api/v1/appointments", Request(patientId ?? Clinic.PatientId, PractitionerId, type, start, roomId));
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<AppointmentDto>())!;
    }

    private static IEnumerable<WorkingHours> EveryDay(Guid clinicId, Guid staffId, Guid locationId) =>
        Enum.GetValues<IsoDayOfWeek>().Where(d => d != IsoDayOfWeek.None).SelectMany(d => new[]
        {
            new WorkingHours { ClinicId = clinicId, StaffMemberId = staffId, Day = d, Start = new TimeOnly(0, 0), End = new TimeOnly(12, 0), LocationId = locationId },
            new WorkingHours { ClinicId = clinicId, StaffMemberId = staffId, Day = d, Start = new TimeOnly(13, 0), End = new TimeOnly(23, 45), LocationId = locationId },
        });

    private static Task<T> InClinicAsync<T>(BackPlanApp app, TestClinic clinic, Func<BackPlanDb, Task<T>> query) =>
        InClinicAsync(app, clinic, (db, _) => query(db));

    private static async Task<T> InClinicAsync<T>(BackPlanApp app, TestClinic clinic, Func<BackPlanDb, IServiceProvider, Task<T>> query)
    {
        await using var scope = app.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().ActForClinic(clinic.Id);
        return await query(scope.ServiceProvider.GetRequiredService<BackPlanDb>(), scope.ServiceProvider);
    }
}
