using System.Security.Cryptography;
using BackPlan.Web.Data;
using BackPlan.Web.Features.Account;
using BackPlan.Web.Features.Clinics;
using BackPlan.Web.Features.Locations;
using BackPlan.Web.Features.Patients;
using BackPlan.Web.Features.Staff;
using BackPlan.Web.Platform.Tenancy;
using Bogus;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using NodaTime;

namespace BackPlan.Web.Features.Demo;

/// <summary>On first start with an empty database: one clinic, the four demo sign-ins and about 30 patients.</summary>
public static class DemoClinic
{
    public const string Domain = "demo.backplan.test";

    public static void AddDemoClinic(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<DemoOptions>().Bind(configuration.GetSection(DemoOptions.Section));
    }

    public static async Task SeedIfEmptyAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        var sp = scope.ServiceProvider;
        var options = sp.GetRequiredService<IOptions<DemoOptions>>().Value;
        await EnsureRolesAsync(sp.GetRequiredService<RoleManager<IdentityRole>>());
        var db = sp.GetRequiredService<BackPlanDb>();
        if (!options.Enabled || await db.Clinics.IgnoreQueryFilters().AnyAsync())
        {
            return;
        }

        var password = string.IsNullOrEmpty(options.Password) ? GeneratePassword() : options.Password;
        var time = sp.GetRequiredService<TimeProvider>();
        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        var clinic = new Clinic { Name = "BackPlan Demo Clinic", TimeZoneId = "Europe/Warsaw", Locale = "en-GB", RecordsForCareTeamOnly = options.RecordsForCareTeamOnly };
        clinic.Locations.Add(new Location { Name = "City Centre", AddressLine = "ul. Lipowa 14 lok. 3", City = "Warszawa", PostalCode = "00-316", Country = "Polska", Phone = "+48 22 555 01 40" });
        db.Clinics.Add(clinic);
        await db.SaveChangesAsync();
        sp.GetRequiredService<CurrentUser>().ActForClinic(clinic.Id);

        var accounts = sp.GetRequiredService<StaffAccounts>();
        var staff = new[]
        {
            new StaffInput { FullName = "Alicja Admin", Email = $"admin@{Domain}", Role = Roles.Admin, Password = password },
            new StaffInput
            {
                FullName = "Tomasz Terapeuta", Email = $"therapist@{Domain}", Role = Roles.Practitioner, Password = password,
                Profession = "Physiotherapist", LicenceNumber = "PWZFz 12345", IssuingBody = "Krajowa Izba Fizjoterapeutów",
                LicenceExpiresOn = today.AddYears(2),
            },
            new StaffInput
            {
                FullName = "Marta Masażystka", Email = $"therapist2@{Domain}", Role = Roles.Practitioner, Password = password,
                Profession = "Massage therapist", LicenceNumber = "MT-2024-0815", IssuingBody = "Polish Massage Therapists Association",
                LicenceExpiresOn = today.AddDays(20),
            },
            new StaffInput { FullName = "Filip Recepcja", Email = $"frontdesk@{Domain}", Role = Roles.FrontDesk, Password = password },
        };
        var members = new List<StaffMember>();
        foreach (var input in staff)
        {
            var (member, errors) = await accounts.CreateAsync(input, clinic.Id);
            if (errors.Count > 0)
            {
                throw new InvalidOperationException($"Demo account {input.Email}: {string.Join(" ", errors.SelectMany(e => e.Value))}");
            }

            members.Add(member!);
        }

        AddRoomsAndHours(db, clinic.Locations[0].Id, members.Where(m => m.Role == Roles.Practitioner).ToList());
        // The clinic and staff rows are still tracked by this scope's context, so their public details save below.
        DemoArticles.AddPublicSite(db, clinic, members.Where(m => m.Role == Roles.Practitioner).ToList(), time.GetUtcNow().UtcDateTime);

        var patients = FakePatients(today, time.GetUtcNow().UtcDateTime);
        db.Patients.AddRange(patients);
        await db.SaveChangesAsync();
        await CreatePatientAccountAsync(sp.GetRequiredService<UserManager<AppUser>>(), patients[0], clinic.Id, password);
        // A second patient shows the loop carried through, with weeks of home program and check-ins
        // to chart (they sign in as patient2@); the first portal patient starts fresh, for trying it yourself.
        await DemoEpisode.SeedAsync(db, patients[1], today, time.GetUtcNow().UtcDateTime);
        await CreatePatientAccountAsync(sp.GetRequiredService<UserManager<AppUser>>(), patients[1], clinic.Id, password);
        // A year of past episodes behind the outcomes dashboard (the two patients above are left as they are).
        await DemoOutcomes.SeedAsync(db, patients.Skip(2).ToList(), members.Where(m => m.Role == Roles.Practitioner).ToList(), today);

        Console.WriteLine($"""

            BackPlan demo clinic created. Sign in at http://localhost:5080/account/sign-in as
              admin@{Domain}        (Admin: sets up two-factor sign-in at the first sign-in)
              therapist@{Domain}    (Practitioner)
              frontdesk@{Domain}    (Front desk)
              patient@{Domain}      (Patient: {patients[0].FullName})
              patient2@{Domain}     (Patient with five weeks of history: {patients[1].FullName})
            Password for all of them: {password}

            """);
    }

    // Two rooms; Tomasz works weekdays 08:00–16:00, Marta afternoons and Saturday mornings; the
    // location is open weekdays 08:00–20:00 and Saturdays 09:00–13:00. (No closed days: holidays
    // would make the demo's free slots depend on the date it is started.)
    // (The clinic's default appointment types come with the clinic: ClinicDefaultsInterceptor.)
    private static void AddRoomsAndHours(BackPlanDb db, Guid locationId, List<StaffMember> practitioners)
    {
        db.Rooms.AddRange(new Room { LocationId = locationId, Name = "Room 1" }, new Room { LocationId = locationId, Name = "Room 2" });
        var weekdays = new[] { IsoDayOfWeek.Monday, IsoDayOfWeek.Tuesday, IsoDayOfWeek.Wednesday, IsoDayOfWeek.Thursday, IsoDayOfWeek.Friday };
        var hours = new List<WorkingHours>();
        hours.AddRange(weekdays.Select(d => Hours(practitioners[0], d, new TimeOnly(8, 0), new TimeOnly(16, 0))));
        hours.AddRange(weekdays.Select(d => Hours(practitioners[1], d, new TimeOnly(12, 0), new TimeOnly(20, 0))));
        hours.Add(Hours(practitioners[1], IsoDayOfWeek.Saturday, new TimeOnly(9, 0), new TimeOnly(13, 0)));
        db.WorkingHours.AddRange(hours);
        // Opening hours cover every working hour above, so they take nothing away from demo availability.
        db.LocationHours.AddRange(weekdays.Select(d => new LocationHours { LocationId = locationId, Day = d, Opens = new TimeOnly(8, 0), Closes = new TimeOnly(20, 0) }));
        db.LocationHours.Add(new LocationHours { LocationId = locationId, Day = IsoDayOfWeek.Saturday, Opens = new TimeOnly(9, 0), Closes = new TimeOnly(13, 0) });

        WorkingHours Hours(StaffMember who, IsoDayOfWeek day, TimeOnly start, TimeOnly end) =>
            new() { StaffMemberId = who.Id, Day = day, Start = start, End = end, LocationId = locationId };
    }

    private static async Task EnsureRolesAsync(RoleManager<IdentityRole> roles)
    {
        foreach (var role in Roles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                await roles.CreateAsync(new IdentityRole(role));
            }
        }
    }

    private static async Task CreatePatientAccountAsync(UserManager<AppUser> users, Patient patient, Guid clinicId, string password)
    {
        var user = new AppUser
        {
            UserName = patient.Email,
            Email = patient.Email,
            EmailConfirmed = true,
            ClinicId = clinicId,
            PatientId = patient.Id,
            DisplayName = patient.FullName,
        };
        var result = await users.CreateAsync(user, password);
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join(" ", result.Errors.Select(e => e.Description)));
        }

        await users.AddToRoleAsync(user, Roles.Patient);
    }

    // A fixed seed: every fresh demo has the same patients, so guides and screenshots stay true.
    private static List<Patient> FakePatients(DateOnly today, DateTime now)
    {
        var faker = new Faker("pl") { Random = new Randomizer(20261126) };
        return Enumerable.Range(0, 30).Select(i =>
        {
            var female = faker.Random.Bool();
            var given = faker.Name.FirstName(female ? Bogus.DataSets.Name.Gender.Female : Bogus.DataSets.Name.Gender.Male);
            var family = faker.Name.LastName(female ? Bogus.DataSets.Name.Gender.Female : Bogus.DataSets.Name.Gender.Male);
            var input = new PatientInput
            {
                GivenName = given,
                FamilyName = family,
                DateOfBirth = today.AddYears(-faker.Random.Int(19, 82)).AddDays(-faker.Random.Int(0, 364)),
                Email = i == 0 ? $"patient@{Domain}" : SecondPortalPatient(i, faker.Internet.Email(given, family, Domain).ToLowerInvariant()),
                Phone = "+48 " + faker.Random.ReplaceNumbers("### ### ###"),
                AddressLine = faker.Address.StreetAddress(),
                City = faker.Address.City(),
                PostalCode = faker.Random.ReplaceNumbers("##-###"),
                ConsentToDataProcessing = true,
                ConsentToTreatment = i % 7 != 3,
            };
            return input.ToPatient("Filip Recepcja", now.AddDays(-faker.Random.Int(1, 400)));
        }).ToList();
    }

    // The faker still draws the address, so the patients after the second stay as they were.
    private static string SecondPortalPatient(int index, string fakeEmail) => index == 1 ? $"patient2@{Domain}" : fakeEmail;

    private static string GeneratePassword() =>
        "Bp-" + Convert.ToBase64String(RandomNumberGenerator.GetBytes(12)).Replace('+', 'x').Replace('/', 'y') + "7a";
}
