using BackPlan.Web.Features.Alerts;
using BackPlan.Web.Features.Appointments;
using BackPlan.Web.Features.Articles;
using BackPlan.Web.Features.Clinics;
using BackPlan.Web.Features.Examinations;
using BackPlan.Web.Features.Instruments;
using BackPlan.Web.Features.Intake;
using BackPlan.Web.Features.Plans;
using BackPlan.Web.Features.Portal;
using BackPlan.Web.Features.PublicSite;
using BackPlan.Web.Features.Staff;

namespace BackPlan.Web.Features;

public static class FeatureServices
{
    /// <summary>The features' own services, registered as themselves (no interface without a second implementation).</summary>
    public static IServiceCollection AddFeatureServices(this IServiceCollection services) => services
        .AddScoped<StaffAccounts>()
        .AddScoped<InstrumentSettings>()
        .AddScoped<ClinicClock>()
        .AddScoped<IntakeRecorder>()
        .AddScoped<ExaminationRecorder>()
        .AddScoped<PlanWorkflow>()
        .AddScoped<PortalInvitations>()
        .AddScoped<AppointmentBooking>()
        .AddScoped<StaffAlerts>()
        .AddScoped<PublicClinic>()
        .AddScoped<ArticleComments>()
        .AddSingleton<CommentGuard>()
        .AddBookingOptions()
        .AddPublicSiteOptions();

    private static IServiceCollection AddBookingOptions(this IServiceCollection services)
    {
        services.AddOptions<BookingOptions>().BindConfiguration(BookingOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        return services;
    }

    private static IServiceCollection AddPublicSiteOptions(this IServiceCollection services)
    {
        services.AddOptions<PublicSiteOptions>().BindConfiguration(PublicSiteOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        return services;
    }
}
