using System.Diagnostics;
using System.Globalization;
using BackPlan.Web.Data;
using BackPlan.Web.Features.Account;
using BackPlan.Web.Features.Clinics;
using BackPlan.Web.Features.Patients;
using BackPlan.Web.Features.Staff;
using BackPlan.Web.Platform.Auditing;
using BackPlan.Web.Platform.Tenancy;
using Bogus;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BackPlan.Bench.Web;

/// <summary>What the latency runs need to know about the seeded network.</summary>
internal sealed record SeededNetwork(
    Guid ClinicId,
    string PractitionerEmail,
    string AdminEmail,
    string Password,
    IReadOnlyList<Guid> PatientIds,
    IReadOnlyList<string> NameSearches,
    IReadOnlyList<Guid> AuditedPatientIds,
    int ClinicPatients,
    int ClinicAuditEntries);

/// <summary>
/// A large clinic network in the app's own database: N clinics × M patients, spread over five
/// years and interleaved as real registrations are, plus audit entries over the past year.
/// Clinics and the measured clinic's staff go through the app's own services (Identity,
/// StaffAccounts); the bulk rows go in through <see cref="ModelBulkInsert"/>.
/// </summary>
internal static class NetworkSeeder
{
    public const string Password = "Bench-Passw0rd";
    private const int StaffPerClinic = 6;

    public static async Task<SeededNetwork> EnsureAsync(BenchApp app, WebOptions options)
    {
        var targetName = ClinicName(options.Clinics / 2);
        var practitionerEmail = "therapist@bench.backplan.test";
        var adminEmail = "admin@bench.backplan.test";
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var sp = scope.ServiceProvider;
            var db = sp.GetRequiredService<BackPlanDb>();
            var clinics = await db.Clinics.IgnoreQueryFilters().CountAsync();
            var seeded = await sp.GetRequiredService<UserManager<AppUser>>().FindByEmailAsync(practitionerEmail) is not null;
            if (clinics > 0 && !seeded)
            {
                throw new InvalidOperationException("The benchmark database is half seeded (an earlier run stopped?): run again with --reseed.");
            }

            if (!seeded)
            {
                await SeedAsync(sp, options, targetName, practitionerEmail, adminEmail);
            }
            else
            {
                Console.WriteLine($"Reusing the seeded network in {Describe(options)} (--reseed rebuilds it).");
            }
        }

        await using var read = app.Services.CreateAsyncScope();
        var readDb = read.ServiceProvider.GetRequiredService<BackPlanDb>();
        var clinicId = await readDb.Clinics.IgnoreQueryFilters().Where(c => c.Name == targetName).Select(c => c.Id).SingleAsync();
        read.ServiceProvider.GetRequiredService<CurrentUser>().ActForClinic(clinicId);
        var patients = await readDb.Patients.AsNoTracking().OrderBy(p => p.Id).Select(p => new { p.Id, p.FamilyName }).ToListAsync();
        var step = Math.Max(1, patients.Count / 200);
        var sample = patients.Where((_, i) => i % step == 0).ToList();
        // What a receptionist types: the first four letters of a family name in the clinic.
        var searches = sample.Select(p => p.FamilyName.Length > 4 ? p.FamilyName[..4] : p.FamilyName)
            .Select(s => s.ToLower(CultureInfo.InvariantCulture)).Distinct().Take(50).ToList();
        var audited = await readDb.AuditEntries.AsNoTracking().Where(e => e.PatientId != null)
            .OrderBy(e => e.Id).Select(e => e.PatientId!.Value).Take(2000).ToListAsync();
        var auditCount = await readDb.AuditEntries.CountAsync();
        return new SeededNetwork(clinicId, practitionerEmail, adminEmail, Password,
            sample.Select(p => p.Id).ToList(), searches, audited.Distinct().Take(200).ToList(), patients.Count, auditCount);
    }

    public static string Describe(WebOptions options) => options.IsPostgres
        ? $"PostgreSQL database {new Npgsql.NpgsqlConnectionStringBuilder(options.ConnectionString).Database}"
        : new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(options.ConnectionString).DataSource;

    private static string ClinicName(int index) => $"Bench clinic {index + 1:D3}";

    private static async Task SeedAsync(IServiceProvider sp, WebOptions options, string targetName, string practitionerEmail, string adminEmail)
    {
        var total = Stopwatch.StartNew();
        var clock = Stopwatch.StartNew();
        Console.WriteLine($"Seeding {options.Clinics} clinics × {options.PatientsPerClinic:N0} patients and {options.AuditEntries:N0} audit entries into {Describe(options)}...");
        var db = sp.GetRequiredService<BackPlanDb>();
        var now = DateTime.UtcNow;
        var clinics = Enumerable.Range(0, options.Clinics)
            .Select(i => new Clinic { Name = ClinicName(i), TimeZoneId = "Europe/Warsaw", Locale = "pl-PL" })
            .ToList();
        db.Clinics.AddRange(clinics);
        await db.SaveChangesAsync();
        var target = clinics.Single(c => c.Name == targetName);

        // The measured clinic's two sign-ins, made as the app makes them.
        sp.GetRequiredService<CurrentUser>().ActForClinic(target.Id);
        var accounts = sp.GetRequiredService<StaffAccounts>();
        foreach (var input in new[]
        {
            new StaffInput { FullName = "Bench Admin", Email = adminEmail, Role = Roles.Admin, Password = Password },
            new StaffInput
            {
                FullName = "Bench Therapist", Email = practitionerEmail, Role = Roles.Practitioner, Password = Password,
                Profession = "Physiotherapist", LicenceNumber = "PWZFz 00001", IssuingBody = "Krajowa Izba Fizjoterapeutów",
                LicenceExpiresOn = DateOnly.FromDateTime(now).AddYears(2),
            },
        })
        {
            var (_, errors) = await accounts.CreateAsync(input, target.Id);
            if (errors.Count > 0)
            {
                throw new InvalidOperationException(string.Join(" ", errors.SelectMany(e => e.Value)));
            }
        }

        // Everyone else in the network: staff records (no sign-in needed) who appear in the audit log.
        var staff = clinics.SelectMany(c => Enumerable.Range(1, StaffPerClinic).Select(i => new StaffMember
        {
            ClinicId = c.Id,
            UserId = $"bench-{c.Id:N}-{i}",
            FullName = $"Staff {i} of {c.Name}",
            Email = $"staff{i}.{c.Id:N}@bench.backplan.test",
            Role = i == 1 ? Roles.Admin : i <= 4 ? Roles.Practitioner : Roles.FrontDesk,
            CreatedAt = now.AddYears(-5),
        })).ToList();
        await ModelBulkInsert.InsertAsync(db, staff);
        Console.WriteLine($"  clinics, accounts, {staff.Count} staff: {clock.Elapsed.TotalSeconds:F1} s");
        clock.Restart();

        // Bogus is slow per call: draw pools of names and addresses once, then combine them.
        var faker = new Faker("pl") { Random = new Randomizer(20261126) };
        var random = new Random(20261126);
        var female = Pool(1000, () => (Given: faker.Name.FirstName(Bogus.DataSets.Name.Gender.Female), Family: faker.Name.LastName(Bogus.DataSets.Name.Gender.Female)));
        var male = Pool(1000, () => (Given: faker.Name.FirstName(Bogus.DataSets.Name.Gender.Male), Family: faker.Name.LastName(Bogus.DataSets.Name.Gender.Male)));
        var streets = Pool(2000, () => faker.Address.StreetAddress());
        var cities = Pool(300, () => faker.Address.City());
        var patients = new List<Patient>(options.Clinics * options.PatientsPerClinic);
        var byClinic = new Dictionary<Guid, List<Guid>>();
        var today = DateOnly.FromDateTime(now);
        foreach (var clinic in clinics)
        {
            var ids = new List<Guid>(options.PatientsPerClinic);
            for (var i = 0; i < options.PatientsPerClinic; i++)
            {
                var names = random.Next(2) == 0 ? female : male;
                var given = names[random.Next(names.Length)].Given;
                var family = names[random.Next(names.Length)].Family;
                var createdAt = now.AddMinutes(-random.Next(5 * 365 * 24 * 60));
                var patient = new PatientInput
                {
                    GivenName = given,
                    FamilyName = family,
                    DateOfBirth = today.AddYears(-random.Next(18, 90)).AddDays(-random.Next(365)),
                    Email = random.Next(10) < 8 ? string.Create(CultureInfo.InvariantCulture, $"{Ascii(given)}.{Ascii(family)}{random.Next(1000)}@example.com") : null,
                    Phone = random.Next(10) < 9 ? string.Create(CultureInfo.InvariantCulture, $"+48 {random.Next(500, 900)} {random.Next(1000):D3} {random.Next(1000):D3}") : null,
                    AddressLine = streets[random.Next(streets.Length)],
                    City = cities[random.Next(cities.Length)],
                    PostalCode = string.Create(CultureInfo.InvariantCulture, $"{random.Next(100):D2}-{random.Next(1000):D3}"),
                    ConsentToDataProcessing = true,
                    ConsentToTreatment = random.Next(10) != 0,
                }.ToPatient($"Staff 5 of {clinic.Name}", createdAt);
                patient.ClinicId = clinic.Id;
                patient.Id = Guid.CreateVersion7(new DateTimeOffset(createdAt));
                patients.Add(patient);
                ids.Add(patient.Id);
            }

            byClinic[clinic.Id] = ids;
        }

        // Rows arrive over five years from every clinic at once, not clinic by clinic.
        patients.Sort((a, b) => a.CreatedAt.CompareTo(b.CreatedAt));
        Console.WriteLine($"  {patients.Count:N0} patients generated: {clock.Elapsed.TotalSeconds:F1} s");
        clock.Restart();
        await ModelBulkInsert.InsertAsync(db, patients);
        Console.WriteLine($"  patients inserted: {clock.Elapsed.TotalSeconds:F1} s");
        clock.Restart();

        var staffByClinic = staff.GroupBy(s => s.ClinicId).ToDictionary(g => g.Key, g => g.ToArray());
        var audit = new List<AuditEntry>(options.AuditEntries);
        for (var i = 0; i < options.AuditEntries; i++)
        {
            var clinic = clinics[random.Next(clinics.Count)];
            var who = staffByClinic[clinic.Id][random.Next(StaffPerClinic)];
            var at = now.AddSeconds(-random.Next(365 * 24 * 60 * 60));
            var read = random.Next(100) < 85;
            var ids = byClinic[clinic.Id];
            audit.Add(new AuditEntry
            {
                Id = Guid.CreateVersion7(new DateTimeOffset(at)),
                ClinicId = clinic.Id,
                At = at,
                UserId = who.UserId,
                UserName = who.FullName,
                Role = who.Role,
                PatientId = read ? ids[random.Next(ids.Count)] : null,
                Action = read ? "patient.read" : "patient.list",
                ClientIp = string.Create(CultureInfo.InvariantCulture, $"203.0.113.{random.Next(1, 255)}"),
                Detail = read || random.Next(2) == 0 ? null : "?search=" + Ascii(male[random.Next(male.Length)].Family)[..3],
            });
        }

        audit.Sort((a, b) => a.At.CompareTo(b.At));
        foreach (var chain in audit.GroupBy(e => e.ClinicId))
        {
            AuditChain.Extend(0, null, chain);
        }

        Console.WriteLine($"  {audit.Count:N0} audit entries generated: {clock.Elapsed.TotalSeconds:F1} s");
        clock.Restart();
        await ModelBulkInsert.InsertAsync(db, audit);
        Console.WriteLine($"  audit entries inserted: {clock.Elapsed.TotalSeconds:F1} s");
        clock.Restart();

        if (options.IsPostgres)
        {
            // What autovacuum does within a minute of a bulk load; the plans assume fresh statistics.
            await db.Database.ExecuteSqlRawAsync("VACUUM ANALYZE");
            Console.WriteLine($"  VACUUM ANALYZE: {clock.Elapsed.TotalSeconds:F1} s");
        }

        Console.WriteLine($"Seeded in {total.Elapsed.TotalSeconds:F1} s.");
    }

    private static T[] Pool<T>(int size, Func<T> next) => Enumerable.Range(0, size).Select(_ => next()).ToArray();

    /// <summary>Lower-case ASCII letters of a Polish name, for made-up email addresses.</summary>
    private static string Ascii(string name) =>
        new string(name.Normalize(System.Text.NormalizationForm.FormD).Where(char.IsAsciiLetter).ToArray()).ToLowerInvariant().PadRight(3, 'x');
}
