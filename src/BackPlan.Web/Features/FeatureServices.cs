using System.Threading.RateLimiting;
using BackPlan.Web.Features.AfterSessions;
using BackPlan.Web.Features.Alerts;
using BackPlan.Web.Features.Appointments;
using BackPlan.Web.Features.Articles;
using BackPlan.Web.Features.Clinics;
using BackPlan.Web.Features.DataRights;
using BackPlan.Web.Features.Examinations;
using BackPlan.Web.Features.Forms;
using BackPlan.Web.Features.HomeProgram;
using BackPlan.Web.Features.Inquiries;
using BackPlan.Web.Features.Instruments;
using BackPlan.Web.Features.Intake;
using BackPlan.Web.Features.Plans;
using BackPlan.Web.Features.Portal;
using BackPlan.Web.Features.Progress;
using BackPlan.Web.Features.PublicSite;
using BackPlan.Web.Features.Reminders;
using BackPlan.Web.Features.Sessions;
using BackPlan.Web.Features.Staff;

namespace BackPlan.Web.Features;

public static class FeatureServices
{
    /// <summary>The features' own services, registered as themselves (no interface without a second implementation).</summary>
    public static IServiceCollection AddFeatureServices(this IServiceCollection services)
    {
        // One statement per line, so features added in parallel merge without conflicts.
        services.AddScoped<StaffAccounts>();
        services.AddScoped<InstrumentSettings>();
        services.AddScoped<ClinicClock>();
        services.AddScoped<IntakeRecorder>();
        services.AddScoped<ExaminationRecorder>();
        services.AddScoped<PlanWorkflow>();
        services.AddScoped<PortalInvitations>();
        services.AddScoped<AppointmentBooking>();
        services.AddScoped<StaffAlerts>();
        services.AddScoped<NoteWorkflow>();
        services.AddScoped<AttendanceRecorder>();
        services.AddScoped<HomeExercises>();
        services.AddScoped<ProgressReader>();
        services.AddScoped<Audit.PatientAccessLog>();
        services.AddScoped<ProgressTimeline>();
        services.AddScoped<PatientDataExport>();
        services.AddScoped<AccountDeletion>();
        services.AddScoped<PublicClinic>();
        services.AddSingleton<FormTimer>();
        services.AddScoped<InquiryReceiver>();
        services.AddScoped<InquiryWorkflow>();
        services.AddScoped<ArticleComments>();
        services.AddSingleton<CommentGuard>();
        services.AddPublicPageCache();
        services.AddBookingOptions();
        services.AddOutcomeOptions();
        services.AddReminders();
        services.AddPostSessionChecks();
        services.AddInquiryDefences();
        services.AddForms();
        services.AddPublicSiteOptions();
        // Invite journey: reminders for one form, sent by the overdue scan or by staff.
        services.AddScoped<FormReminderSender>();
        // Waitlist, flare-ups and slot offers.
        services.AddScoped<Waitlist.WaitlistEntries>();
        services.AddScoped<Waitlist.FlareUpRecorder>();
        services.AddScoped<Waitlist.SlotOffers>();
        services.AddScoped<Waitlist.OfferAcceptance>();
        services.AddOptions<Waitlist.WaitlistOptions>().BindConfiguration(Waitlist.WaitlistOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddScoped<PortalAppointments.SelfBooking>(); // portal booking
        // Waitlist: slots whose offers expired unaccepted go to the next in line.
        services.AddSingleton<Waitlist.ExpiredOfferScan>();
        services.AddHostedService(sp => sp.GetRequiredService<Waitlist.ExpiredOfferScan>());
        // Emergency access: the care team and breaking the glass (decision 0040).
        services.AddScoped<EmergencyAccess.CareTeam>();
        services.AddScoped<EmergencyAccess.BreakGlass>();
        // Amendments and the disclosure log (decision 0041).
        services.AddScoped<Amendments.Amendments>();
        services.AddScoped<Disclosures.Disclosures>();
        // FHIR bulk export: jobs run in the background, one instance each (decision 0038).
        services.AddOptions<Fhir.BulkExportOptions>().BindConfiguration(Fhir.BulkExportOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<Fhir.BulkExportRunner>();
        services.AddHostedService(sp => sp.GetRequiredService<Fhir.BulkExportRunner>());
        return services;
    }

    private static IServiceCollection AddOutcomeOptions(this IServiceCollection services)
    {
        services.AddOptions<Outcomes.OutcomeOptions>().BindConfiguration(Outcomes.OutcomeOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        // Rebuilds of every month (after "Recompute all" or a bulk load) run here, not in a view.
        services.AddSingleton<Outcomes.OutcomeAggregateRebuilder>();
        return services.AddHostedService(sp => sp.GetRequiredService<Outcomes.OutcomeAggregateRebuilder>());
    }

    private static IServiceCollection AddForms(this IServiceCollection services)
    {
        services.AddScoped<FormScheduler>().AddScoped<FormFiller>();
        services.AddOptions<FormReminderOptions>().BindConfiguration(FormReminderOptions.Section);
        services.AddSingleton<FormReminders>();
        return services.AddHostedService(sp => sp.GetRequiredService<FormReminders>());
    }

    private static IServiceCollection AddBookingOptions(this IServiceCollection services)
    {
        services.AddOptions<BookingOptions>().BindConfiguration(BookingOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        return services;
    }

    private static IServiceCollection AddReminders(this IServiceCollection services)
    {
        services.AddOptions<ReminderOptions>().BindConfiguration(ReminderOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        return services.AddScoped<BookingEmails>().AddSingleton<OutboxAdmin.OutboxFiles>();
    }

    private static IServiceCollection AddPostSessionChecks(this IServiceCollection services)
    {
        services.AddOptions<PostSessionOptions>().BindConfiguration(PostSessionOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddScoped<PostSessionRecorder>();
        services.AddSingleton<PostSessionScheduler>();
        return services.AddHostedService(sp => sp.GetRequiredService<PostSessionScheduler>());
    }

    /// <summary>The public inquiry form's settings.</summary>
    private static IServiceCollection AddInquiryDefences(this IServiceCollection services)
    {
        services.AddOptions<InquiryOptions>().BindConfiguration(InquiryOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        return services;
    }

    /// <summary>The public site's settings and the per-IP limit of its forms (the app calls UseRateLimiter).</summary>
    private static IServiceCollection AddPublicSiteOptions(this IServiceCollection services)
    {
        services.AddOptions<PublicSiteOptions>().BindConfiguration(PublicSiteOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        return services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.AddPolicy<string, PublicPostLimit>(PublicPostLimit.Name);
            o.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(Account.SignInThrottle.Partition);
            o.OnRejected = Account.SignInThrottle.RejectAsync;
        });
    }
}
