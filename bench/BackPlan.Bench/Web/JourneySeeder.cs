using System.Diagnostics;
using BackPlan.Clinical;
using BackPlan.Clinical.Scoring;
using BackPlan.Web.Data;
using BackPlan.Web.Features.Account;
using BackPlan.Web.Features.Appointments;
using BackPlan.Web.Features.Clinics;
using BackPlan.Web.Features.Episodes;
using BackPlan.Web.Features.Questionnaires;
using BackPlan.Web.Features.Staff;
using BackPlan.Web.Platform.Tenancy;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace BackPlan.Bench.Web;

/// <summary>One simulated practitioner: their sign-in, their clinic and what their day holds.</summary>
internal sealed record JourneyStaff(string Email, Guid ClinicId, Guid StaffId, DateTimeZone Zone, IReadOnlyList<(Guid AppointmentId, Guid PatientId)> Earlier, LocalDate FirstFreeDay);

/// <summary>What the journeys need: the staff and the patients who use the portal.</summary>
internal sealed record JourneyData(IReadOnlyList<JourneyStaff> Staff, IReadOnlyList<string> PortalEmails, int Episodes, int Observations);

/// <summary>
/// Adds to <see cref="NetworkSeeder"/>'s network what issue 15's journeys need: in every clinic a
/// location, practitioners who can sign in (working 07:00–21:00 every day there, each with a day
/// of earlier appointments to write notes for) and patients with portal accounts; and across the
/// network N episodes and N observations (scored NPRS responses), bulk inserted. Each part is added
/// once (the first practitioner's account, the seeded episodes mark them); later runs read it back.
/// </summary>
internal static class JourneySeeder
{
    public static readonly LocalTime DayStart = new(7, 0);
    public static readonly LocalTime DayEnd = new(21, 0);
    private const int SlotMinutes = 30;

    public static async Task<JourneyData> EnsureAsync(BenchApp app, int staffUsers, int portalUsers, int episodes, int observations)
    {
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<BackPlanDb>();
            var clinics = await db.Clinics.IgnoreQueryFilters().OrderBy(c => c.Name).Select(c => c.Id).ToListAsync();
            if (staffUsers + portalUsers > 0 && await scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>().FindByEmailAsync(StaffEmail(0)) is null)
            {
                await SeedAccountsAsync(app.Services, clinics, staffUsers, portalUsers);
            }

            if (!await db.Episodes.IgnoreQueryFilters().AnyAsync(e => e.CreatedBy == SeededBy))
            {
                var clock = Stopwatch.StartNew();
                Console.WriteLine($"Adding {episodes:N0} episodes and {observations:N0} observations...");
                await InsertEpisodesAsync(app.Services, episodes, observations);
                Console.WriteLine($"  inserted, with VACUUM ANALYZE: {clock.Elapsed.TotalSeconds:F1} s");
            }
            else
            {
                Console.WriteLine("Reusing the seeded episodes and observations (--reseed rebuilds them).");
            }
        }

        var staff = new List<JourneyStaff>();
        for (var i = 0; i < staffUsers; i++)
        {
            staff.Add(await ReadStaffAsync(app.Services, StaffEmail(i)));
        }

        await using var count = app.Services.CreateAsyncScope();
        var all = count.ServiceProvider.GetRequiredService<BackPlanDb>();
        return new JourneyData(staff, Enumerable.Range(0, portalUsers).Select(PortalEmail).ToList(),
            await all.Episodes.IgnoreQueryFilters().CountAsync(), await all.QuestionnaireResponses.IgnoreQueryFilters().CountAsync());
    }

    private const string SeededBy = "Journey seed";

    private static string StaffEmail(int i) => $"journey-staff-{i:D3}@bench.backplan.test";

    private static string PortalEmail(int i) => $"journey-patient-{i:D3}@bench.backplan.test";

    private static async Task SeedAccountsAsync(IServiceProvider services, List<Guid> clinics, int staffUsers, int portalUsers)
    {
        var clock = Stopwatch.StartNew();
        Console.WriteLine($"Adding {staffUsers} practitioners and {portalUsers} portal patients over {clinics.Count} clinics...");
        for (var c = 0; c < clinics.Count; c++)
        {
            await using var scope = services.CreateAsyncScope();
            var sp = scope.ServiceProvider;
            sp.GetRequiredService<CurrentUser>().ActForClinic(clinics[c]);
            var db = sp.GetRequiredService<BackPlanDb>();
            var clinic = await db.Clinics.SingleAsync();
            var zone = DateTimeZoneProviders.Tzdb[clinic.TimeZoneId];
            var now = DateTime.UtcNow;
            if (!await db.AppointmentTypes.AnyAsync())
            {
                db.AppointmentTypes.AddRange(AppointmentType.Defaults(clinic.Id, clinic.Locale));
            }

            var location = new Location { ClinicId = clinic.Id, Name = "Journey location", AddressLine = "ul. Krótka 2", City = "Kraków", PostalCode = "31-002", Country = "PL" };
            db.Locations.Add(location);
            await db.SaveChangesAsync();
            var type = await db.AppointmentTypes.SingleAsync(t => t.Code == "treatment-30");
            var patients = await db.Patients.Where(p => p.TreatmentConsentAt != null).OrderBy(p => p.Id).Select(p => p.Id).Take(2000).ToListAsync();
            var accounts = sp.GetRequiredService<StaffAccounts>();
            var yesterday = LocalDate.FromDateTime(now).PlusDays(-1);
            var next = 0;
            for (var i = c; i < staffUsers; i += clinics.Count)
            {
                var (member, errors) = await accounts.CreateAsync(new StaffInput
                {
                    FullName = $"Journey Therapist {i:D3}", Email = StaffEmail(i), Role = Roles.Practitioner, Password = NetworkSeeder.Password,
                    Profession = "Physiotherapist", LicenceNumber = $"PWZFz {10000 + i}", IssuingBody = "Krajowa Izba Fizjoterapeutów",
                    LicenceExpiresOn = DateOnly.FromDateTime(now).AddYears(2),
                }, clinic.Id);
                if (member is null)
                {
                    throw new InvalidOperationException(string.Join(" ", errors.SelectMany(e => e.Value)));
                }

                db.WorkingHours.AddRange(Enum.GetValues<IsoDayOfWeek>().Where(d => d != IsoDayOfWeek.None).Select(d => new WorkingHours
                {
                    ClinicId = clinic.Id, StaffMemberId = member.Id, Day = d, Start = DayStart.ToTimeOnly(), End = DayEnd.ToTimeOnly(), LocationId = location.Id,
                }));
                // Yesterday's list, booked and not yet written up: the notes the practitioner writes.
                for (var time = DayStart; time.PlusMinutes(SlotMinutes) <= DayEnd; time = time.PlusMinutes(SlotMinutes))
                {
                    var start = yesterday.At(time).InZoneLeniently(zone).ToDateTimeUtc();
                    var appointment = new Appointment
                    {
                        ClinicId = clinic.Id, PatientId = patients[next++ % patients.Count], PractitionerId = member.Id, AppointmentTypeId = type.Id,
                        StartUtc = start, EndUtc = start.AddMinutes(SlotMinutes), CreatedAt = start.AddDays(-7), CreatedBy = "Journey front desk",
                    };
                    appointment.ClaimSlots();
                    db.Appointments.Add(appointment);
                }
            }

            await db.SaveChangesAsync();
            var users = sp.GetRequiredService<UserManager<AppUser>>();
            for (var i = c; i < portalUsers; i += clinics.Count)
            {
                var patient = await db.Patients.SingleAsync(p => p.Id == patients[patients.Count - 1 - (i / clinics.Count)]);
                var user = new AppUser
                {
                    UserName = PortalEmail(i), Email = PortalEmail(i), EmailConfirmed = true, ClinicId = clinic.Id, PatientId = patient.Id, DisplayName = patient.FullName,
                };
                var result = await users.CreateAsync(user, NetworkSeeder.Password);
                if (!result.Succeeded)
                {
                    throw new InvalidOperationException(string.Join(" ", result.Errors.Select(e => e.Description)));
                }

                await users.AddToRoleAsync(user, Roles.Patient);
            }
        }

        Console.WriteLine($"  accounts, working hours, yesterday's appointments: {clock.Elapsed.TotalSeconds:F1} s");
    }

    /// <summary>Episodes spread evenly over every patient of the network, five years back; an NPRS baseline per observation, episode by episode in turn.</summary>
    private static async Task InsertEpisodesAsync(IServiceProvider services, int episodes, int observations)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BackPlanDb>();
        var patients = await db.Patients.IgnoreQueryFilters().AsNoTracking().OrderBy(p => p.Id).Select(p => new { p.Id, p.ClinicId }).ToListAsync();
        var now = DateTime.UtcNow;
        var today = DateOnly.FromDateTime(now);
        var random = new Random(20261207);
        var keys = new (Guid Id, Guid PatientId, Guid ClinicId, DateOnly StartedOn)[episodes];
        for (var i = 0; i < episodes; i++)
        {
            var patient = patients[i % patients.Count];
            var started = today.AddDays(-random.Next(5 * 365));
            keys[i] = (Guid.CreateVersion7(new DateTimeOffset(started.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero)), patient.Id, patient.ClinicId, started);
        }

        // Each patient's last episode is still open (a create records into it), the others discharged.
        var lastRound = episodes - Math.Min(episodes, patients.Count);
        await ModelBulkInsert.InsertAsync(db, keys.Select((k, i) => new Episode
        {
            Id = k.Id, ClinicId = k.ClinicId, PatientId = k.PatientId, OnsetDate = k.StartedOn.AddDays(-20), StartedOn = k.StartedOn,
            Status = i >= lastRound ? EpisodeStatus.Active : EpisodeStatus.Discharged,
            CreatedAt = k.StartedOn.ToDateTime(new TimeOnly(9, 0), DateTimeKind.Utc), CreatedBy = SeededBy,
        }));
        // Scored by the clinical core, as a form is: one result per value of the scale.
        var answers = Enumerable.Range(0, 11).Select(score => new Dictionary<string, Answer?> { ["nprs.current"] = new Answer.Number(score) }).ToArray();
        var results = answers.Select(a => Scorer.Score("nprs", a).Result ?? throw new InvalidOperationException("NPRS did not score")).ToArray();
        await ModelBulkInsert.InsertAsync(db, Enumerable.Range(0, observations).Select(i =>
        {
            var k = keys[i % episodes];
            var score = (i * 7 + k.StartedOn.DayNumber) % 11;
            return new QuestionnaireResponse
            {
                ClinicId = k.ClinicId, PatientId = k.PatientId, EpisodeId = k.Id, Instrument = "nprs", TimePoint = TimePoints.Baseline,
                Answers = answers[score], Result = results[score], Score = results[score].Score,
                RecordedAt = k.StartedOn.ToDateTime(new TimeOnly(9, 30), DateTimeKind.Utc).AddDays(i / episodes * 14), RecordedBy = SeededBy,
            };
        }));
        if (db.Database.IsNpgsql())
        {
            await db.Database.ExecuteSqlRawAsync("VACUUM ANALYZE");
        }
        else
        {
            await db.Database.ExecuteSqlRawAsync("ANALYZE");
        }
    }

    private static async Task<JourneyStaff> ReadStaffAsync(IServiceProvider services, string email)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BackPlanDb>();
        var member = await db.Staff.IgnoreQueryFilters().AsNoTracking().SingleAsync(s => s.Email == email);
        var zone = DateTimeZoneProviders.Tzdb[await db.Clinics.IgnoreQueryFilters().Where(c => c.Id == member.ClinicId).Select(c => c.TimeZoneId).SingleAsync()];
        var now = DateTime.UtcNow;
        var earlier = await db.Appointments.IgnoreQueryFilters().AsNoTracking()
            .Where(a => a.PractitionerId == member.Id && a.StartUtc < now && a.Status == AppointmentStatus.Booked)
            .OrderBy(a => a.StartUtc).Select(a => new { a.Id, a.PatientId }).Take(28).ToListAsync();
        var last = await db.Appointments.IgnoreQueryFilters().Where(a => a.PractitionerId == member.Id).MaxAsync(a => (DateTime?)a.StartUtc);
        var tomorrow = LocalDate.FromDateTime(now).PlusDays(1);
        var firstFree = last is { } l && Instant.FromDateTimeUtc(l).InZone(zone).Date.PlusDays(1) > tomorrow ? Instant.FromDateTimeUtc(l).InZone(zone).Date.PlusDays(1) : tomorrow;
        return new JourneyStaff(email, member.ClinicId, member.Id, zone, earlier.Select(a => (a.Id, a.PatientId)).ToList(), firstFree);
    }
}
