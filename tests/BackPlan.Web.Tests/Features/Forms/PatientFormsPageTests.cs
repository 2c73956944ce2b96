using System.Net;
using System.Text.RegularExpressions;
using BackPlan.Web.Features.Appointments;
using BackPlan.Web.Features.Forms;
using BackPlan.Web.Platform.Email;
using BackPlan.Web.Tests.Features.HomeProgram;
using BackPlan.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace BackPlan.Web.Tests.Features.Forms;

/// <summary>The staff view of a patient's scheduled forms at /patients/{id}/forms.</summary>
public sealed class PatientFormsPageTests(BackPlanApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task FormsPage_Staff_SeesEachFormWithItsQuestionnairesDueDateStatusAndReminders()
    {
        var clinic = await TestClinic.CreateAsync(app);
        var (episodeId, _) = await ProgramSetup.ApprovedProgramAsync(clinic, clinic.PatientId);
        using var staff = await Browserless.SignedInAsync(app, clinic.FrontDeskEmail);

        var page = WebUtility.HtmlDecode(await staff.GetStringAsync($"/patients/{clinic.PatientId}/forms", Ct));

        // The episode opened 30 days ago: the baseline was due 3 days later and is overdue.
        var baseline = await clinic.QueryAsync(db => db.Set<ScheduledForm>().SingleAsync(f => f.EpisodeId == episodeId && f.Key == "baseline", Ct));
        Assert.Contains("<tr data-form=\"baseline\">", page, StringComparison.Ordinal);
        Assert.Contains("History, Red flags, NPRS", page, StringComparison.Ordinal);
        Assert.Contains("Overdue", page, StringComparison.Ordinal);
        Assert.Contains("Send a reminder now", page, StringComparison.Ordinal);
        Assert.Equal(0, baseline.ReminderCount);
    }

    [Fact]
    public async Task FormsPage_StatusOfEachForm_CompletedSkippedInProgressAndUpcoming()
    {
        var clinic = await TestClinic.CreateAsync(app);
        var (episodeId, _) = await ProgramSetup.ApprovedProgramAsync(clinic, clinic.PatientId);
        var now = DateTime.UtcNow;
        // The assessment, a session whose check-in closed unanswered, tomorrow's session and one next week.
        var visits = await VisitsAsync(clinic, now.AddDays(-20), now.AddDays(-10), now.AddDays(1), now.AddDays(7));
        using var staff = await Browserless.SignedInAsync(app, clinic.PractitionerEmail);
        await staff.GetStringAsync($"/patients/{clinic.PatientId}/forms", Ct);
        await clinic.QueryAsync(async db =>
        {
            var forms = await db.Set<ScheduledForm>().Where(f => f.EpisodeId == episodeId).ToListAsync(Ct);
            var baseline = forms.Single(f => f.Key == "baseline");
            baseline.Status = FormStatus.Completed;
            baseline.CompletedAt = now.AddDays(-21);
            var tomorrow = forms.Single(f => f.Key == $"pre_session:{visits[2]}");
            tomorrow.Status = FormStatus.InProgress;
            tomorrow.SavedSteps = ["safety"];
            return await db.SaveChangesAsync(Ct);
        });

        var page = WebUtility.HtmlDecode(await staff.GetStringAsync($"/patients/{clinic.PatientId}/forms", Ct));

        Assert.Equal("Filled in", StatusOf(page, "baseline"));
        Assert.Contains($"href=\"/episodes/{episodeId}\"", page, StringComparison.Ordinal);
        Assert.Equal("Skipped (closed without answers)", StatusOf(page, $"pre_session:{visits[1]}"));
        Assert.Equal("In progress", StatusOf(page, $"pre_session:{visits[2]}"));
        Assert.Equal("Not open yet", StatusOf(page, $"pre_session:{visits[3]}"));
        // Only the form the patient can fill in now offers a reminder.
        Assert.Single(page.Split("<tr "), row => row.Contains("Send a reminder now</button>", StringComparison.Ordinal));
    }

    [Fact]
    public async Task RemindNow_OpenForm_QueuesOneEmailAndCountsIt()
    {
        var clinic = await TestClinic.CreateAsync(app);
        var (episodeId, _) = await ProgramSetup.ApprovedProgramAsync(clinic, clinic.PatientId);
        using var staff = await Browserless.SignedInAsync(app, clinic.FrontDeskEmail);
        await staff.GetStringAsync($"/patients/{clinic.PatientId}/forms", Ct);
        var formId = await clinic.QueryAsync(db => db.Set<ScheduledForm>().Where(f => f.EpisodeId == episodeId && f.Key == "baseline").Select(f => f.Id).SingleAsync(Ct));
        const string patientEmail = "reminded@clinic.test";
        await clinic.QueryAsync(async db =>
        {
            (await db.Patients.SingleAsync(p => p.Id == clinic.PatientId, Ct)).Email = patientEmail;
            return await db.SaveChangesAsync(Ct);
        });

        var response = await Browserless.PostFormAsync(staff, $"/patients/{clinic.PatientId}/forms", $"remind-{formId}", []);

        var page = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(Ct));
        Assert.Contains("Reminder sent.", page, StringComparison.Ordinal);
        var mail = Assert.Single(await clinic.QueryAsync(db => db.Set<OutboxMessage>().Where(m => m.To == patientEmail).ToListAsync(Ct)));
        Assert.Equal("form-overdue", mail.Kind);
        Assert.Contains("/portal/forms", mail.TextBody, StringComparison.Ordinal);
        var form = await clinic.QueryAsync(db => db.Set<ScheduledForm>().SingleAsync(f => f.Id == formId, Ct));
        Assert.Equal(1, form.ReminderCount);
        Assert.NotNull(form.ReminderSentAt);
        Assert.Contains("<td>1</td>", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RemindNow_PatientWithoutEmail_SaysWhatIsMissingAndQueuesNothing()
    {
        var clinic = await TestClinic.CreateAsync(app);
        var (episodeId, _) = await ProgramSetup.ApprovedProgramAsync(clinic, clinic.PatientId);
        using var staff = await Browserless.SignedInAsync(app, clinic.FrontDeskEmail);
        await staff.GetStringAsync($"/patients/{clinic.PatientId}/forms", Ct);
        var formId = await clinic.QueryAsync(db => db.Set<ScheduledForm>().Where(f => f.EpisodeId == episodeId && f.Key == "baseline").Select(f => f.Id).SingleAsync(Ct));

        var response = await Browserless.PostFormAsync(staff, $"/patients/{clinic.PatientId}/forms", $"remind-{formId}", []);

        Assert.Contains("Add the patient's email address first.", WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(Ct)), StringComparison.Ordinal);
        Assert.Equal(0, await clinic.QueryAsync(db => db.Set<ScheduledForm>().Where(f => f.Id == formId).Select(f => f.ReminderCount).SingleAsync(Ct)));
    }

    [Fact]
    public async Task FormsPage_Patient_IsForbidden()
    {
        var clinic = await TestClinic.CreateAsync(app);
        await ProgramSetup.ApprovedProgramAsync(clinic, clinic.PatientId);
        using var patient = await Browserless.SignedInAsync(app, clinic.PatientEmail);

        Assert.Equal(HttpStatusCode.Forbidden, (await patient.GetAsync($"/patients/{clinic.PatientId}/forms", Ct)).StatusCode);
    }

    [Fact]
    public async Task FormsPage_AnotherClinicsPatient_IsNotFound()
    {
        var clinic = await TestClinic.CreateAsync(app);
        var other = await TestClinic.CreateAsync(app);
        await ProgramSetup.ApprovedProgramAsync(other, other.PatientId);
        using var staff = await Browserless.SignedInAsync(app, clinic.PractitionerEmail);

        Assert.Equal(HttpStatusCode.NotFound, (await staff.GetAsync($"/patients/{other.PatientId}/forms", Ct)).StatusCode);
    }

    /// <summary>The text of the status cell in the form's row.</summary>
    private static string StatusOf(string page, string key)
    {
        var row = Regex.Match(page, $"<tr data-form=\"{Regex.Escape(key)}\">(.*?)</tr>", RegexOptions.Singleline);
        Assert.True(row.Success, $"No row for {key}");
        var cells = Regex.Matches(row.Groups[1].Value, "<td>(.*?)</td>", RegexOptions.Singleline);
        return Regex.Replace(cells[2].Groups[1].Value, "<.*", "", RegexOptions.Singleline).Trim();
    }

    /// <summary>Booked appointments of the clinic's patient at the given times, written straight to the database (booking refuses the past).</summary>
    private static Task<List<Guid>> VisitsAsync(TestClinic clinic, params DateTime[] starts) => clinic.QueryAsync(async db =>
    {
        var practitioner = await db.Staff.SingleAsync(s => s.Email == clinic.PractitionerEmail, Ct);
        var type = await db.AppointmentTypes.FirstAsync(t => t.Code == "treatment-45", Ct);
        var appointments = starts.Select(start => new Appointment
        {
            PatientId = clinic.PatientId,
            PractitionerId = practitioner.Id,
            AppointmentTypeId = type.Id,
            StartUtc = start,
            EndUtc = start.AddMinutes(45),
            Status = start < DateTime.UtcNow ? AppointmentStatus.Attended : AppointmentStatus.Booked,
            CreatedAt = start.AddDays(-7),
            CreatedBy = "test",
        }).ToList();
        db.Appointments.AddRange(appointments);
        await db.SaveChangesAsync(Ct);
        return appointments.Select(a => a.Id).ToList();
    });
}
