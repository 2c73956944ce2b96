using System.Net.Http.Headers;
using System.Net.Http.Json;
using BackPlan.Web.Data;
using BackPlan.Web.Features.Account;
using BackPlan.Web.Features.Clinics;
using BackPlan.Web.Features.Patients;
using BackPlan.Web.Features.Staff;
using BackPlan.Web.Platform.Tenancy;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace BackPlan.Web.Tests.Support;

/// <summary>A clinic of its own for one test: an account for each role and a patient with a sign-in.</summary>
public sealed class TestClinic
{
    public const string Password = "Test-Passw0rd";

    private readonly BackPlanApp _app;

    private TestClinic(BackPlanApp app, Guid id, string tag, Guid patientId)
    {
        _app = app;
        Id = id;
        Tag = tag;
        PatientId = patientId;
    }

    public Guid Id { get; }

    /// <summary>Unique text in this clinic's names and emails.</summary>
    public string Tag { get; }

    /// <summary>The patient whose sign-in is <see cref="PatientEmail"/>.</summary>
    public Guid PatientId { get; }

    public string AdminEmail => $"admin-{Tag}@clinic.test";

    public string PractitionerEmail => $"therapist-{Tag}@clinic.test";

    public string FrontDeskEmail => $"frontdesk-{Tag}@clinic.test";

    public string PatientEmail => $"patient-{Tag}@clinic.test";

    /// <summary>A new clinic; <paramref name="id"/> chooses its id (e.g. the public website's clinic, configured before the app starts).</summary>
    public static async Task<TestClinic> CreateAsync(BackPlanApp app, DateOnly? licenceExpiresOn = null, Guid? id = null)
    {
        var tag = Guid.NewGuid().ToString("N")[..10];
        await using var scope = app.Services.CreateAsyncScope();
        var sp = scope.ServiceProvider;
        var db = sp.GetRequiredService<BackPlanDb>();
        var clinic = new Clinic { Id = id ?? Guid.CreateVersion7(), Name = $"Clinic {tag}", TimeZoneId = "Europe/Warsaw", Locale = "pl-PL" };
        db.Clinics.Add(clinic);
        await db.SaveChangesAsync();
        sp.GetRequiredService<CurrentUser>().ActForClinic(clinic.Id);

        var accounts = sp.GetRequiredService<StaffAccounts>();
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        foreach (var (role, email) in new[] { (Roles.Admin, $"admin-{tag}"), (Roles.Practitioner, $"therapist-{tag}"), (Roles.FrontDesk, $"frontdesk-{tag}") })
        {
            var practitioner = role == Roles.Practitioner;
            var (_, errors) = await accounts.CreateAsync(new StaffInput
            {
                FullName = $"{role} {tag}",
                Email = $"{email}@clinic.test",
                Role = role,
                Password = Password,
                Profession = practitioner ? "Physiotherapist" : null,
                LicenceNumber = practitioner ? $"LIC-{tag}" : null,
                IssuingBody = practitioner ? "Test Chamber" : null,
                LicenceExpiresOn = practitioner ? licenceExpiresOn ?? today.AddYears(1) : null,
            }, clinic.Id);
            Assert.Empty(errors);
        }

        // Admins must sign in with two factors (decision 0036): theirs is set up as on their first sign-in.
        var users = sp.GetRequiredService<UserManager<AppUser>>();
        await TwoFactorKeys.EnrolAsync(users, (await users.FindByEmailAsync($"admin-{tag}@clinic.test"))!);

        var patient = new PatientInput
        {
            GivenName = "Pat",
            FamilyName = $"Self{tag}",
            DateOfBirth = new DateOnly(1980, 5, 17),
            ConsentToDataProcessing = true,
        }.ToPatient("test", DateTime.UtcNow);
        db.Patients.Add(patient);
        await db.SaveChangesAsync();

        var user = new AppUser
        {
            UserName = $"patient-{tag}@clinic.test",
            Email = $"patient-{tag}@clinic.test",
            ClinicId = clinic.Id,
            PatientId = patient.Id,
            DisplayName = patient.FullName,
        };
        Assert.True((await users.CreateAsync(user, Password)).Succeeded);
        await users.AddToRoleAsync(user, Roles.Patient);
        return new TestClinic(app, clinic.Id, tag, patient.Id);
    }

    /// <summary>Runs <paramref name="act"/> in a service scope acting for this clinic, so its query filters apply.</summary>
    public async Task<T> InScopeAsync<T>(Func<IServiceProvider, Task<T>> act)
    {
        await using var scope = _app.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().ActForClinic(Id);
        return await act(scope.ServiceProvider);
    }

    /// <summary>Reads this clinic's rows straight from the database.</summary>
    public Task<T> QueryAsync<T>(Func<BackPlanDb, Task<T>> query) => InScopeAsync(sp => query(sp.GetRequiredService<BackPlanDb>()));

    /// <summary>An API client signed in with a bearer token from /api/v1/auth/token.</summary>
    public Task<HttpClient> ClientAsAsync(string email) => ApiClient.SignedInAsync(_app, email, Password);

    /// <summary>Registers a patient through the API as this clinic's practitioner.</summary>
    public async Task<PatientDto> RegisterPatientAsync(string givenName, string familyName)
    {
        using var client = await ClientAsAsync(PractitionerEmail);
        var response = await client.PostAsJsonAsync("/api/v1/patients", new
        {
            givenName,
            familyName,
            dateOfBirth = "1975-03-14",
            email = $"{givenName}.{familyName}@example.com".ToLowerInvariant(),
            consentToDataProcessing = true,
            consentToTreatment = true,
        });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<PatientDto>())!;
    }
}

public static class ApiClient
{
    public static async Task<HttpClient> SignedInAsync(BackPlanApp app, string email, string password)
    {
        var client = app.CreateClient();
        var response = await client.PostAsJsonAsync("/api/v1/auth/token", new { email, password, code = TwoFactorKeys.CodeFor(email) });
        response.EnsureSuccessStatusCode();
        var token = await response.Content.ReadFromJsonAsync<TokenResponse>();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token!.AccessToken);
        return client;
    }

    public sealed record TokenResponse(string TokenType, string AccessToken, int ExpiresIn);
}
