using BackPlan.Web.Components;
using BackPlan.Web.Features;
using BackPlan.Web.Features.Account;
using BackPlan.Web.Features.Amendments;
using BackPlan.Web.Features.Appointments;
using BackPlan.Web.Features.Articles;
using BackPlan.Web.Features.Audit;
using BackPlan.Web.Features.CalendarFeeds;
using BackPlan.Web.Features.DataRights;
using BackPlan.Web.Features.Disclosures;
using BackPlan.Web.Features.EmergencyAccess;
using BackPlan.Web.Features.Fhir;
using BackPlan.Web.Features.HomeProgram;
using BackPlan.Web.Features.Demo;
using BackPlan.Web.Features.Instruments;
using BackPlan.Web.Features.OutboxAdmin;
using BackPlan.Web.Features.Outcomes;
using BackPlan.Web.Features.Patients;
using BackPlan.Web.Features.Plans;
using BackPlan.Web.Features.PublicSite;
using BackPlan.Web.Features.PortalAppointments;
using BackPlan.Web.Features.Progress;
using BackPlan.Web.Features.Screening;
using BackPlan.Web.Features.Sessions;
using BackPlan.Web.Features.Staff;
using BackPlan.Web.Platform;
using BackPlan.Web.Platform.Auditing;
using BackPlan.Web.Platform.Telemetry;
using Radzen;
using Scalar.AspNetCore;

var builder = WebApplication.CreateBuilder(args);
DefaultAddress.Apply(builder); // http://localhost:5080 unless ASPNETCORE_URLS, ASPNETCORE_HTTP_PORTS or --urls say otherwise
builder.AddPlatform();
builder.Services.AddRazorComponents().AddInteractiveServerComponents();
builder.Services.AddRadzenComponents(); // charts (docs/decisions/0004-ui-components.md)
builder.Services.AddFeatureServices();
builder.Services.AddDemoClinic(builder.Configuration);

var app = builder.Build();

app.UseSecurityHeaders(); // CSP, nosniff, frame and referrer policies on every answer (Platform/SecurityHeaders.cs)
app.UsePrometheusScrape(); // only when enabled, only to allowed scrapers (Platform/Telemetry/ScrapeAccess.cs)
app.UseCookiePolicy(); // HttpOnly, SameSite and Secure on every cookie (PlatformSetup)
if (!app.Environment.IsDevelopment())
{
    app.UseHsts(); // HTTPS answers only; the development machine's localhost is left alone
}

// A fresh scope for the error page: re-running a component page in the failed request's scope fails
// ("HttpNavigationManager already initialized") and the user would get an empty 500.
app.UseExceptionHandler("/error", createScopeForErrors: true);
app.UseWhen(ctx => PlatformSetup.IsFhir(ctx.Request), fhir => fhir.UseStatusCodePages(ctx => FhirResults.WriteStatusAsync(ctx.HttpContext)));
app.UseWhen(ctx => PlatformSetup.IsApi(ctx.Request) && !PlatformSetup.IsFhir(ctx.Request), api => api.UseStatusCodePages());
app.UseWhen(ctx => !PlatformSetup.IsApi(ctx.Request), pages => pages.UseStatusCodePagesWithReExecute("/error/{0}"));
app.UseHttpLogging();
app.UseApiReferencePolicy("/api-reference");
app.UseRequestLocalization();
app.UseRouting();
app.UseAuthentication();
app.UseMiddleware<SignInCheckMiddleware>(); // disabled accounts and revoked tokens (Features/Account/SignInCheck.cs)
app.UseMiddleware<TwoFactorSetupGate>(); // an account that must set up two-factor sign-in does that first
app.UseAuthorization();
app.UsePublicPageCache(); // anonymous public pages (Features/PublicSite/PublicPageCache.cs)
app.UseAntiforgery();
app.UseFormRefusalPage(); // a refused form post gets the error page that says why (Platform/AntiforgeryRequired.cs)
app.UseRateLimiter(); // public forms (Features/PublicSite/PublicPostLimit.cs), sign-in attempts (Features/Account/SignInThrottle.cs)
app.UseMiddleware<CareTeamGate>(); // practitioners outside the care team break the glass first (decision 0040)
app.UseMiddleware<PatientReadAuditMiddleware>();

// Anonymous and cheap: nothing after routing (sign-in, antiforgery, audit) has work to do here.
app.MapHealthChecks("/health").HasNoPatientData().ShortCircuit();
app.MapOpenApi().HasNoPatientData();
// Nothing from another site: the page runs under the same Content-Security-Policy (Platform/ApiReferencePolicy.cs).
app.MapScalarApiReference("/api-reference", o => o.WithTitle("BackPlan API").DisableDefaultFonts().DisableTelemetry().DisableAgent())
    .HasNoPatientData();
app.MapAccountEndpoints();
app.MapIdleSignOutEndpoints();
app.MapPatientsApi();
app.MapInstrumentsApi();
app.MapScreeningApi();
app.MapPlansApi();
app.MapPractitionersApi();
app.MapAvailabilityApi();
app.MapAppointmentsApi();
app.MapOutcomesApi();
app.MapSessionsApi();
app.MapDataRightsApi();
app.MapMyProgressApi();
app.MapMyProgramApi();
app.MapAccessLogApi();
app.MapEmergencyAccessApi();
app.MapAmendmentsApi();
app.MapDisclosuresApi();
app.MapAuditReportExport();
app.MapFhir(); // FHIR R4 at /fhir (Features/Fhir)
app.MapCalendarFeed();
app.MapOutboxFiles();
app.MapPublicSiteEndpoints();
app.MapPortalAppointmentCalendar(); // portal booking: "Add to calendar"
app.MapStaticAssets().HasNoPatientData();
// frame-ancestors comes with the rest of the policy (SecurityHeaders), not as a second CSP header.
app.MapRazorComponents<App>().AddInteractiveServerRenderMode(o => o.ContentSecurityFrameAncestorsPolicy = null);

// Several instances starting together take turns here (decision 0034).
await DatabaseSetup.PrepareAsync(app.Services, DatabaseSetup.MigrateAsync, ClinicDefaultsInterceptor.BackfillAsync, DemoClinic.SeedIfEmptyAsync);
await app.RunAsync();
