using System.Net;
using BackPlan.Web.Platform.Tenancy;
using BackPlan.Web.Tests.Support;

namespace BackPlan.Web.Tests.Security;

/// <summary>
/// Signed-in clients of each role, in the demo clinic and in another clinic: a bearer token for
/// /api and /fhir, a sign-in cookie for everything else; made once and reused.
/// </summary>
public sealed class Callers(SecurityApp app) : IDisposable
{
    private readonly Dictionary<(string Role, bool OtherClinic, bool Api), HttpClient> _clients = [];

    public HttpClient Anonymous { get; } = Browserless.NewClient(app);

    public async Task<HttpClient> ClientAsync(string role, bool otherClinic, bool api)
    {
        if (role == MatrixRow.Anonymous)
        {
            return Anonymous;
        }

        if (!_clients.TryGetValue((role, otherClinic, api), out var client))
        {
            client = await SignInAsync(role, otherClinic, api);
            _clients[(role, otherClinic, api)] = client;
        }

        return client;
    }

    /// <summary>A sign-in of its own (for calls that end the session).</summary>
    public async Task<HttpClient> SignInAsync(string role, bool otherClinic, bool api)
    {
        var email = otherClinic ? EmailIn(await app.OtherClinicAsync(), role) : SecurityApp.DemoEmailFor(role);
        return api ? await ApiClient.SignedInAsync(app, email, TestClinic.Password) : await Browserless.SignedInAsync(app, email);
    }

    private static string EmailIn(TestClinic clinic, string role) => role switch
    {
        Roles.Admin => clinic.AdminEmail,
        Roles.Practitioner => clinic.PractitionerEmail,
        Roles.FrontDesk => clinic.FrontDeskEmail,
        _ => clinic.PatientEmail,
    };

    /// <summary>The answer's class as the matrix writes it: ok (2xx), signin (401, or sent to the sign-in page), else the status code.</summary>
    public static string ClassOf(HttpResponseMessage response, string requestedPath)
    {
        var landed = response.RequestMessage?.RequestUri?.AbsolutePath ?? requestedPath;
        if (response.StatusCode == HttpStatusCode.Unauthorized
            || (landed.StartsWith("/account/sign-in", StringComparison.Ordinal) && !requestedPath.StartsWith("/account/sign-in", StringComparison.Ordinal)))
        {
            return "signin";
        }

        return response.IsSuccessStatusCode ? "ok" : ((int)response.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    public void Dispose()
    {
        Anonymous.Dispose();
        foreach (var client in _clients.Values)
        {
            client.Dispose();
        }
    }
}
