using System.Globalization;
using System.Net;
using BackPlan.Clinical.Plans;
using BackPlan.Web.Data;
using BackPlan.Web.Features.Account;
using BackPlan.Web.Features.Alerts;
using BackPlan.Web.Features.Appointments;
using BackPlan.Web.Features.Episodes;
using BackPlan.Web.Features.Forms;
using BackPlan.Web.Features.Instruments;
using BackPlan.Web.Features.Patients;
using BackPlan.Web.Features.Plans;
using BackPlan.Web.Platform.Tenancy;
using BackPlan.Web.Tests.Support;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BackPlan.Web.Tests.Features.Forms;

public sealed class PortalFormsTests(BackPlanApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static readonly string[] Licensed = ["odi", "rmdq", "sbst", "pss4", "sqs", "peg"];

    private static readonly string[] BaselineSteps = ["history", "safety", "nprs", "odi", "sbst", "psfs", "sqs", "pss4"];

    [Fact]
    public async Task Schedule_ApprovedPlanAndBookedVisits_BaselineCheckInsReviewAndDischarge()
    {
        var (clinic, episodeId) = await EpisodeAsync();
        var now = DateTime.UtcNow;
        await BookAsync(clinic, now.AddDays(1), now.AddDays(8), now.AddDays(15), now.AddDays(22), now.AddDays(29));
        await ApprovePlanAsync(clinic, episodeId, sessions: 4, weeks: 4, reviewAfter: 2);
        using var patient = await Browserless.SignedInAsync(app, clinic.PatientEmail);

        var page = await patient.GetStringAsync("/portal/forms", Ct);

        var forms = await FormsAsync(clinic);
        Assert.Equal(["baseline", "pre_session", "review", "pre_session", "discharge"], forms.Select(f => f.TimePoint));
        Assert.Equal(BaselineSteps, forms[0].Steps);
        Assert.Equal(["safety", "nprs", "peg"], forms[1].Steps);
        Assert.Equal(["safety", "nprs", "odi", "sbst", "psfs", "sqs", "pss4"], forms[2].Steps);
        Assert.Contains("Before your first visit", page, StringComparison.Ordinal);
        Assert.Contains("Coming up", page, StringComparison.Ordinal);

        // Regenerating is idempotent; a cancelled visit's check-in goes away and the sessions after it move up
        // (the last planned session is no longer booked, so discharge falls back to the plan's calendar).
        var cancelled = await clinic.QueryAsync(async db =>
        {
            var second = await db.Appointments.OrderBy(a => a.StartUtc).Skip(1).FirstAsync(Ct);
            second.Status = AppointmentStatus.Cancelled;
            await db.SaveChangesAsync(Ct);
            return second.Id;
        });
        await patient.GetStringAsync("/portal/forms", Ct);
        await patient.GetStringAsync("/portal/forms", Ct);
        var after = await FormsAsync(clinic);
        Assert.Equal(["baseline", "pre_session", "review", "discharge", "pre_session"], after.Select(f => f.TimePoint));
        Assert.DoesNotContain(after, f => f.Key.Contains(cancelled.ToString(), StringComparison.Ordinal));
        Assert.Equal(forms[0].Id, after[0].Id);
    }

    [Fact]
    public async Task Schedule_UnlicensedInstruments_LeftOutOfPatientForms()
    {
        var (clinic, _) = await EpisodeAsync(licensed: false);
        using var patient = await Browserless.SignedInAsync(app, clinic.PatientEmail);

        await patient.GetStringAsync("/portal/forms", Ct);

        var baseline = Assert.Single(await FormsAsync(clinic));
        Assert.Equal(["history", "safety", "nprs", "psfs"], baseline.Steps);
    }

    [Fact]
    public async Task FillForm_TwoStepsThenConnectionLost_ResumesAtStepThree()
    {
        var (clinic, _) = await EpisodeAsync();
        var formId = await BaselineFormIdAsync(clinic);
        using (var patient = await Browserless.SignedInAsync(app, clinic.PatientEmail))
        {
            await SaveStepAsync(patient, formId, "history", History());
            await SaveStepAsync(patient, formId, "safety", []);
        }

        using var again = await Browserless.SignedInAsync(app, clinic.PatientEmail);
        var page = await again.GetStringAsync($"/portal/forms/{formId}", Ct);

        Assert.Contains("Step 3 of 8", page, StringComparison.Ordinal);
        Assert.Contains("id=\"nprs-current\"", page, StringComparison.Ordinal);
        var form = Assert.Single(await FormsAsync(clinic));
        Assert.Equal(FormStatus.InProgress, form.Status);
        Assert.Equal(["history", "safety"], form.SavedSteps);
        // A saved step opened again shows what was typed.
        Assert.Contains("value=\"3\"", await again.GetStringAsync($"/portal/forms/{formId}?step=history", Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SaveStep_BadAnswers_MessagesBesideTheFieldsAndNothingSaved()
    {
        var (clinic, _) = await EpisodeAsync();
        var formId = await BaselineFormIdAsync(clinic);
        using var patient = await Browserless.SignedInAsync(app, clinic.PatientEmail);
        await SaveStepAsync(patient, formId, "history", History());
        await SaveStepAsync(patient, formId, "safety", []);

        var nprs = await PostStepAsync(patient, formId, "nprs", new() { ["nprs.current"] = "", ["nprs.worst"] = "12" });
        await SaveStepAsync(patient, formId, "nprs", Nprs(5));
        var odi = await PostStepAsync(patient, formId, "odi", new() { ["odi.1"] = "2" });

        Assert.Matches("id=\"nprs-current-error\"[^>]*>Enter the pain now, from 0 to 10.<", nprs);
        Assert.Matches("id=\"nprs-worst-error\"[^>]*>[^<]*from 0 to 10", nprs);
        Assert.Matches("id=\"odi-2-error\"[^>]*>Answer this question.<", odi);
        Assert.DoesNotMatch("id=\"odi-1-error\"[^>]*>Answer", odi);
        var form = Assert.Single(await FormsAsync(clinic));
        Assert.Equal(["history", "safety", "nprs"], form.SavedSteps);
    }

    [Fact]
    public async Task Submit_AllSteps_ScoredStoredAndShownToStaffAsByPatient()
    {
        var (clinic, episodeId) = await EpisodeAsync();
        var formId = await BaselineFormIdAsync(clinic);
        using var patient = await Browserless.SignedInAsync(app, clinic.PatientEmail);

        var done = await FillBaselineAsync(patient, formId);

        Assert.Contains("Your answers have been sent to your clinic.", done, StringComparison.Ordinal);
        var responses = await clinic.QueryAsync(db => db.QuestionnaireResponses.Where(r => r.EpisodeId == episodeId).ToListAsync(Ct));
        Assert.Equal(["nprs", "odi", "psfs", "pss4", "sbst", "sqs"], responses.Select(r => r.Instrument).Order());
        Assert.All(responses, r => Assert.True(r.ByPatient));
        Assert.All(responses, r => Assert.Equal("baseline", r.TimePoint));
        Assert.Equal(40.0m, responses.Single(r => r.Instrument == "odi").Score);
        Assert.Equal("walk the dog", responses.Single(r => r.Instrument == "psfs").Labels["psfs.1"]);
        var form = Assert.Single(await FormsAsync(clinic));
        Assert.Equal(FormStatus.Completed, form.Status);
        Assert.Equal(responses.Select(r => r.Id).Order(), form.ResponseIds.Order());
        var episode = await clinic.QueryAsync(db => db.Episodes.SingleAsync(e => e.Id == episodeId, Ct));
        Assert.Equal(3, episode.PreviousEpisodes);
        var screening = await clinic.QueryAsync(db => db.Screenings.SingleAsync(s => s.EpisodeId == episodeId, Ct));
        Assert.False(screening.Blocks);

        using var therapist = await Browserless.SignedInAsync(app, clinic.PractitionerEmail);
        var episodePage = await therapist.GetStringAsync($"/episodes/{episodeId}", Ct);
        Assert.Contains("(by patient)", episodePage, StringComparison.Ordinal);
        Assert.Contains(">40.0<", episodePage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SafetyStep_RedFlag_ScreeningAlertAndAdviceAtOnce()
    {
        var (clinic, episodeId) = await EpisodeAsync();
        var formId = await BaselineFormIdAsync(clinic);
        using var patient = await Browserless.SignedInAsync(app, clinic.PatientEmail);
        await SaveStepAsync(patient, formId, "history", History());

        var page = await SaveStepAsync(patient, formId, "safety", new() { ["rf.saddle_numbness"] = "true" });
        // Unticking it again cannot take the flag back.
        await Browserless.PostFormAsync(patient, $"/portal/forms/{formId}?step=safety", "form-step", new() { ["step"] = "safety" });

        Assert.Contains("Get medical help today", page, StringComparison.Ordinal);
        var screening = await clinic.QueryAsync(db => db.Screenings.SingleAsync(s => s.EpisodeId == episodeId, Ct));
        Assert.Equal("emergency", screening.Result.Urgency);
        Assert.True(screening.Blocks);
        Assert.Contains("rf.saddle_numbness", screening.Present);
        var alert = await clinic.QueryAsync(db => db.Alerts.SingleAsync(Ct));
        Assert.Equal(AlertKinds.RedFlag, alert.Kind);
        Assert.Equal(AlertSeverity.Urgent, alert.Severity);
        Assert.Equal(episodeId, alert.EpisodeId);
        Assert.Contains(await clinic.QueryAsync(db => db.Outbox.ToListAsync(Ct)), m => m.To == clinic.PractitionerEmail && m.Kind == "staff-alert");
    }

    [Fact]
    public async Task CheckIn_PainEight_HighPainAlert()
    {
        var (clinic, episodeId) = await EpisodeAsync(openedDaysAgo: 5);
        var now = DateTime.UtcNow;
        await BookAsync(clinic, now.AddDays(-3), now.AddDays(1));
        using var patient = await Browserless.SignedInAsync(app, clinic.PatientEmail);
        await patient.GetStringAsync("/portal/forms", Ct);
        var checkIn = (await FormsAsync(clinic)).Single(f => f.TimePoint == "pre_session");

        await SaveStepAsync(patient, checkIn.Id, "safety", []);
        await SaveStepAsync(patient, checkIn.Id, "nprs", Nprs(8));
        var done = await SaveStepAsync(patient, checkIn.Id, "peg", new() { ["peg.pain"] = "8", ["peg.enjoyment"] = "7", ["peg.activity"] = "6" });

        Assert.Contains("Your answers have been sent to your clinic.", done, StringComparison.Ordinal);
        var alert = await clinic.QueryAsync(db => db.Alerts.SingleAsync(Ct));
        Assert.Equal(AlertKinds.HighPain, alert.Kind);
        Assert.Equal(episodeId, alert.EpisodeId);
        // A check-in without a flag records no screening (it never replaces the intake's).
        Assert.Empty(await clinic.QueryAsync(db => db.Screenings.ToListAsync(Ct)));
        var responses = await clinic.QueryAsync(db => db.QuestionnaireResponses.ToListAsync(Ct));
        Assert.Equal(["nprs", "peg"], responses.Select(r => r.Instrument).Order());
        Assert.All(responses, r => Assert.Equal("pre_session", r.TimePoint));
    }

    [Fact]
    public async Task FormPage_AnotherPatientsForm_NotFound()
    {
        var (clinic, _) = await EpisodeAsync();
        var formId = await BaselineFormIdAsync(clinic);
        var otherEmail = await SecondPatientAsync(clinic);
        var otherClinic = await TestClinic.CreateAsync(app);
        using var other = await Browserless.SignedInAsync(app, otherEmail);
        using var stranger = await Browserless.SignedInAsync(app, otherClinic.PatientEmail);
        using var patient = await Browserless.SignedInAsync(app, clinic.PatientEmail);

        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/portal/forms/{formId}", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync($"/portal/forms/{formId}", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await patient.GetAsync($"/portal/forms/{Guid.CreateVersion7()}", Ct)).StatusCode);
        Assert.DoesNotContain(formId.ToString(), await other.GetStringAsync("/portal/forms", Ct), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await patient.GetAsync($"/portal/forms/{formId}", Ct)).StatusCode);
    }

    [Fact]
    public async Task Reminders_OverdueForm_OneEmailOnly()
    {
        var (clinic, _) = await EpisodeAsync(openedDaysAgo: 10);
        var email = $"pat-{clinic.Tag}@example.com";
        await clinic.QueryAsync(async db =>
        {
            (await db.Patients.SingleAsync(p => p.Id == clinic.PatientId, Ct)).Email = email;
            return await db.SaveChangesAsync(Ct);
        });
        var reminders = app.Services.GetRequiredService<FormReminders>();

        await reminders.SendOverdueRemindersAsync(Ct);
        await reminders.SendOverdueRemindersAsync(Ct);

        var mail = Assert.Single(await clinic.QueryAsync(db => db.Outbox.Where(m => m.Kind == "form-overdue").ToListAsync(Ct)));
        Assert.Equal(email, mail.To);
        Assert.Contains("/portal/forms", mail.TextBody, StringComparison.Ordinal);
        Assert.NotNull(Assert.Single(await FormsAsync(clinic)).ReminderSentAt);
    }

    [Fact]
    public async Task PortalHome_FormDue_ShowsCountAndLink()
    {
        var (clinic, _) = await EpisodeAsync();
        using var patient = await Browserless.SignedInAsync(app, clinic.PatientEmail);

        var home = await patient.GetStringAsync("/portal", Ct);

        Assert.Contains("Forms to fill in: 1", home, StringComparison.Ordinal);
        Assert.Contains("href=\"/portal/forms\"", home, StringComparison.Ordinal);
    }

    internal static Dictionary<string, string> History() => new()
    {
        ["onsetDate"] = DateTime.UtcNow.AddDays(-30).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ["previousEpisodes"] = "3",
        ["workAndActivities"] = "Office work, cycling",
    };

    private static Dictionary<string, string> Nprs(int now) => new() { ["nprs.current"] = now.ToString(CultureInfo.InvariantCulture), ["nprs.average"] = "5", ["nprs.worst"] = "8" };

    private static async Task<string> FillBaselineAsync(HttpClient patient, Guid formId)
    {
        await SaveStepAsync(patient, formId, "history", History());
        await SaveStepAsync(patient, formId, "safety", []);
        await SaveStepAsync(patient, formId, "nprs", Nprs(6));
        await SaveStepAsync(patient, formId, "odi", Enumerable.Range(1, 10).ToDictionary(i => $"odi.{i}", _ => "2"));
        await SaveStepAsync(patient, formId, "sbst", Enumerable.Range(1, 8).ToDictionary(i => $"sbst.{i}", i => i <= 4 ? "true" : "false").Append(new("sbst.9", "2")).ToDictionary());
        await SaveStepAsync(patient, formId, "psfs", new() { ["psfs.1"] = "4", ["psfs.1.label"] = "walk the dog" });
        await SaveStepAsync(patient, formId, "sqs", new() { ["sqs.1"] = "5" });
        return await SaveStepAsync(patient, formId, "pss4", new() { ["pss4.1"] = "3", ["pss4.2"] = "1", ["pss4.3"] = "1", ["pss4.4"] = "3" });
    }

    /// <summary>Posts a step and expects it to be accepted (the page moves on to the next step).</summary>
    private static async Task<string> SaveStepAsync(HttpClient patient, Guid formId, string step, Dictionary<string, string> fields)
    {
        var html = await PostStepAsync(patient, formId, step, fields);
        Assert.DoesNotContain("Please correct the marked fields.", html, StringComparison.Ordinal);
        return html;
    }

    private static async Task<string> PostStepAsync(HttpClient patient, Guid formId, string step, Dictionary<string, string> fields)
    {
        var response = await Browserless.PostFormAsync(patient, $"/portal/forms/{formId}", "form-step", new(fields) { ["step"] = step });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync(Ct);
    }

    private async Task<(TestClinic Clinic, Guid EpisodeId)> EpisodeAsync(bool licensed = true, int openedDaysAgo = 0)
    {
        var clinic = await TestClinic.CreateAsync(app);
        var episodeId = await clinic.InScopeAsync(async sp =>
        {
            if (licensed)
            {
                var settings = sp.GetRequiredService<InstrumentSettings>();
                foreach (var code in Licensed)
                {
                    await settings.ConfirmLicenceAsync(code, "admin", "test licence", DateTime.UtcNow, Ct);
                }
            }

            var db = sp.GetRequiredService<BackPlanDb>();
            var opened = DateTime.UtcNow.AddDays(-openedDaysAgo);
            var episode = new Episode
            {
                PatientId = clinic.PatientId,
                OnsetDate = DateOnly.FromDateTime(opened.AddDays(-40)),
                StartedOn = DateOnly.FromDateTime(opened),
                CreatedAt = opened,
                CreatedBy = "test",
            };
            db.Episodes.Add(episode);
            await db.SaveChangesAsync(Ct);
            return episode.Id;
        });
        return (clinic, episodeId);
    }

    private async Task<Guid> BaselineFormIdAsync(TestClinic clinic)
    {
        using var patient = await Browserless.SignedInAsync(app, clinic.PatientEmail);
        await patient.GetStringAsync("/portal/forms", Ct);
        return (await FormsAsync(clinic)).Single(f => f.TimePoint == "baseline").Id;
    }

    private static Task<List<ScheduledForm>> FormsAsync(TestClinic clinic) =>
        clinic.QueryAsync(db => db.Set<ScheduledForm>().OrderBy(f => f.DueAt).ToListAsync(Ct));

    private static Task<int> BookAsync(TestClinic clinic, params DateTime[] starts) => clinic.QueryAsync(async db =>
    {
        var practitioner = await db.Staff.FirstAsync(s => s.Role == Roles.Practitioner, Ct);
        var type = await db.AppointmentTypes.FirstAsync(Ct);
        foreach (var start in starts)
        {
            db.Appointments.Add(new Appointment
            {
                PatientId = clinic.PatientId,
                PractitionerId = practitioner.Id,
                AppointmentTypeId = type.Id,
                StartUtc = start,
                EndUtc = start.AddMinutes(45),
                CreatedAt = DateTime.UtcNow,
                CreatedBy = "test",
            });
        }

        return await db.SaveChangesAsync(Ct);
    });

    private static Task<int> ApprovePlanAsync(TestClinic clinic, Guid episodeId, int sessions, int weeks, int reviewAfter) => clinic.QueryAsync(async db =>
    {
        db.PlanVersions.Add(new PlanVersion
        {
            PatientId = clinic.PatientId,
            EpisodeId = episodeId,
            Number = 1,
            Status = PlanStatus.Approved,
            Schedule = new PlanSchedule(sessions, weeks, 45),
            ReviewAfterSession = reviewAfter,
            Origin = "recommendation",
            CreatedAt = DateTime.UtcNow,
            CreatedBy = "test",
            ApprovedAt = DateTime.UtcNow,
            ApprovedBy = "test",
        });
        return await db.SaveChangesAsync(Ct);
    });

    /// <summary>A second patient of the same clinic, with a sign-in; returns their email.</summary>
    private static Task<string> SecondPatientAsync(TestClinic clinic) => clinic.InScopeAsync(async sp =>
    {
        var db = sp.GetRequiredService<BackPlanDb>();
        var other = new PatientInput { GivenName = "Ola", FamilyName = $"Other{clinic.Tag}", DateOfBirth = new DateOnly(1990, 1, 2), ConsentToDataProcessing = true }.ToPatient("test", DateTime.UtcNow);
        db.Patients.Add(other);
        await db.SaveChangesAsync(Ct);
        var email = $"other-{clinic.Tag}@clinic.test";
        var users = sp.GetRequiredService<UserManager<AppUser>>();
        var user = new AppUser { UserName = email, Email = email, ClinicId = clinic.Id, PatientId = other.Id, DisplayName = other.FullName };
        Assert.True((await users.CreateAsync(user, TestClinic.Password)).Succeeded);
        await users.AddToRoleAsync(user, Roles.Patient);
        return email;
    });
}
