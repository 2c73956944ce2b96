using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using BackPlan.Web.Data;
using BackPlan.Web.Features.AfterSessions;
using BackPlan.Web.Features.Amendments;
using BackPlan.Web.Features.Articles;
using BackPlan.Web.Features.DataRights;
using BackPlan.Web.Features.Disclosures;
using BackPlan.Web.Features.Inquiries;
using BackPlan.Web.Features.Reviews;
using BackPlan.Web.Features.Staff;
using BackPlan.Web.Features.Waitlist;
using BackPlan.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace BackPlan.Web.Tests.Security;

/// <summary>
/// Puts a script payload into every free-text field of the demo clinic that a page shows again:
/// through the API or the form where a patient, practitioner or visitor types it (amendments,
/// emergency access, the public contact form), else
/// into the rows the demo seeded or new ones written as the app would. Each payload ends with a
/// marker naming its field (<see cref="XssPayloads.For"/>).
/// </summary>
public static partial class XssRecords
{
    private const string ContactEmail = "xss-contact@example.com";

    /// <summary>The fields that get a payload; each is shown on at least one page.</summary>
    public static readonly string[] Fields =
    [
        "clinic-name", "clinic-description", "location-name", "location-address", "staff-name", "staff-bio", "staff-qualifications",
        "note-subjective", "note-objective", "note-assessment", "note-plan", "technique-response", "addendum",
        "comment-name", "comment-text", "inquiry-name", "inquiry-description", "inquiry-times", "inquiry-update",
        "psfs-activity", "amendment-wrong", "amendment-should", "amendment-denial", "amendment-disagreement",
        "emergency-reason", "disclosure-recipient", "disclosure-what", "flare-up-note", "time-off-reason",
        "adverse-event", "check-unexpected", "review-note", "deletion-reason",
    ];

    /// <summary>What the pages need to show the payloads: the demo patient, an episode, a noted appointment, an amendment, an article.</summary>
    public sealed record Written(Guid PatientId, Guid EpisodeId, Guid NotedAppointmentId, Guid AmendmentId, Guid InquiryId, string ArticleSlug);

    public static async Task<Written> WriteAsync(SecurityApp app, CancellationToken ct)
    {
        var patientId = await app.QueryAsync(db => db.Users.Where(u => u.Email == SecurityApp.OwnPatientEmail).Select(u => u.PatientId!.Value).SingleAsync(ct));

        // Typed by the patient and the practitioner, through the API.
        using var patientApi = await ApiClient.SignedInAsync(app, SecurityApp.OwnPatientEmail, TestClinic.Password);
        var asked = await patientApi.PostAsJsonAsync("/api/v1/me/amendments", new { whatIsWrong = XssPayloads.For("amendment-wrong"), shouldSay = XssPayloads.For("amendment-should") }, ct);
        asked.EnsureSuccessStatusCode();
        var amendment = (await asked.Content.ReadFromJsonAsync<AmendmentDto>(ct))!;
        await app.QueryAsync(async db =>
        {
            var request = await db.Set<AmendmentRequest>().IgnoreQueryFilters().SingleAsync(a => a.Id == amendment.Id, ct);
            request.Status = AmendmentStatus.Denied;
            request.DecisionNote = XssPayloads.For("amendment-denial");
            request.DecidedAt = DateTime.UtcNow;
            request.DecidedBy = SecurityApp.DemoEmail("therapist");
            return await db.SaveChangesAsync(ct);
        });
        (await patientApi.PostAsJsonAsync($"/api/v1/me/amendments/{amendment.Id}/disagreement", new { statement = XssPayloads.For("amendment-disagreement") }, ct)).EnsureSuccessStatusCode();

        using var practitionerApi = await ApiClient.SignedInAsync(app, SecurityApp.DemoEmail("therapist2"), TestClinic.Password);
        (await practitionerApi.PostAsJsonAsync($"/api/v1/patients/{patientId}/emergency-access", new { reason = XssPayloads.For("emergency-reason") }, ct)).EnsureSuccessStatusCode();

        // Typed by a visitor into the public contact form.
        using var visitor = Browserless.NewClient(app);
        var contact = await visitor.GetStringAsync("/contact", ct);
        var sent = await visitor.PostAsync("/contact", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "inquiry",
            ["__RequestVerificationToken"] = Browserless.AntiforgeryTokenOf(contact)!,
            ["Input.Started"] = WebUtility.HtmlDecode(StartedPattern().Match(contact).Groups[1].Value),
            ["Input.Name"] = XssPayloads.For("inquiry-name"),
            ["Input.Email"] = ContactEmail,
            ["Input.PreferredContactTimes"] = XssPayloads.For("inquiry-times"),
            ["Input.Description"] = XssPayloads.For("inquiry-description"),
            ["Input.Duration"] = "NotSure",
            ["Input.ConsentToContact"] = "true",
            ["Input.Website"] = "",
        }), ct);
        Assert.Equal("/contact/sent", sent.RequestMessage?.RequestUri?.AbsolutePath);

        // Typed into forms whose anti-spam or workflow steps a test cannot drive in one post: written as the app writes them.
        return await app.QueryAsync(async db => await WriteRowsAsync(db, patientId, amendment.Id, ct));
    }

    private static async Task<Written> WriteRowsAsync(BackPlanDb db, Guid patientId, Guid amendmentId, CancellationToken ct)
    {
        var now = DateTime.UtcNow;
        var clinic = await db.Clinics.IgnoreQueryFilters().Include(c => c.Locations).SingleAsync(c => db.Patients.IgnoreQueryFilters().Any(p => p.Id == patientId && p.ClinicId == c.Id), ct);
        clinic.Name = XssPayloads.For("clinic-name");
        clinic.PublicDescription = XssPayloads.For("clinic-description");
        foreach (var location in clinic.Locations)
        {
            location.Name = XssPayloads.For("location-name");
            location.AddressLine = XssPayloads.For("location-address");
        }

        var staff = await db.Staff.IgnoreQueryFilters().Where(s => s.ClinicId == clinic.Id).ToListAsync(ct);
        foreach (var member in staff)
        {
            member.FullName = XssPayloads.For("staff-name");
            member.PublicBio = XssPayloads.For("staff-bio");
            member.Qualifications = XssPayloads.For("staff-qualifications");
        }

        var note = await db.SessionNotes.IgnoreQueryFilters().Include(n => n.Addenda).Where(n => n.PatientId == patientId).OrderBy(n => n.Id).FirstAsync(ct);
        note.Subjective = XssPayloads.For("note-subjective");
        note.Objective = XssPayloads.For("note-objective");
        note.Assessment = XssPayloads.For("note-assessment");
        note.Plan = XssPayloads.For("note-plan");
        note.Techniques = [.. note.Techniques.Select(t => t with { ResponseNote = XssPayloads.For("technique-response") })];
        Assert.True(note.Techniques.Count > 0, "The demo note has no technique.");
        db.SessionNoteAddenda.Add(new() { NoteId = note.Id, ClinicId = clinic.Id, PatientId = patientId, Text = XssPayloads.For("addendum"), Author = staff[0].FullName, CreatedAt = now });

        var article = await db.Articles.IgnoreQueryFilters().Where(a => a.ClinicId == clinic.Id && a.Status == ArticleStatus.Published).OrderBy(a => a.Id).FirstAsync(ct);
        foreach (var status in new[] { CommentStatus.Approved, CommentStatus.Pending })
        {
            db.Add(new ArticleComment { ClinicId = clinic.Id, ArticleId = article.Id, AuthorName = XssPayloads.For("comment-name"), AuthorEmail = "c@example.com", Text = XssPayloads.For("comment-text"), Status = status, CreatedAt = now });
        }

        var inquiry = await db.Set<Inquiry>().IgnoreQueryFilters().SingleAsync(i => i.Email == ContactEmail, ct);
        db.Add(new InquiryUpdate { ClinicId = clinic.Id, InquiryId = inquiry.Id, Status = InquiryStatus.New, Note = XssPayloads.For("inquiry-update"), At = now, By = "frontdesk" });

        var responses = await db.QuestionnaireResponses.IgnoreQueryFilters().Where(r => r.PatientId == patientId).ToListAsync(ct);
        var goals = responses.Where(r => r.Labels.Count > 0).ToList();
        Assert.True(goals.Count > 0, "The demo patient has no PSFS goals.");
        foreach (var response in goals)
        {
            response.Labels = response.Labels.ToDictionary(l => l.Key, _ => XssPayloads.For("psfs-activity"));
        }

        db.Add(new Disclosure
        {
            ClinicId = clinic.Id, PatientId = patientId, At = now, Kind = DisclosureKinds.All[0], Recipient = XssPayloads.For("disclosure-recipient"),
            What = XssPayloads.For("disclosure-what"), Purpose = "Care", ByName = staff[0].FullName,
        });
        db.Add(new DeletionRequest { ClinicId = clinic.Id, PatientId = patientId, RequestedAt = now, Reason = XssPayloads.For("deletion-reason") });
        db.Add(new FlareUp { ClinicId = clinic.Id, PatientId = patientId, RecordedAt = now, Pain = 6, Note = XssPayloads.For("flare-up-note") });

        var therapist = staff.Single(s => s.Email == SecurityApp.DemoEmail("therapist"));
        var today = DateTime.UtcNow.Date;
        db.Add(new TimeOff { ClinicId = clinic.Id, StaffMemberId = therapist.Id, Start = today.AddDays(1).AddHours(12), End = today.AddDays(1).AddHours(13), Reason = XssPayloads.For("time-off-reason") });

        var events = await db.Set<AdverseEvent>().IgnoreQueryFilters().Where(e => e.ClinicId == clinic.Id).ToListAsync(ct);
        Assert.True(events.Count > 0, "The demo has no adverse event.");
        events.ForEach(e => e.Description = XssPayloads.For("adverse-event"));

        var past = await db.Appointments.IgnoreQueryFilters().Where(a => a.PatientId == patientId && a.StartUtc < now && a.Status != Web.Features.Appointments.AppointmentStatus.Cancelled)
            .Where(a => !db.Set<PostSessionCheck>().IgnoreQueryFilters().Any(c => c.AppointmentId == a.Id)).OrderByDescending(a => a.StartUtc).FirstAsync(ct);
        db.Add(new PostSessionCheck
        {
            ClinicId = clinic.Id, PatientId = patientId, AppointmentId = past.Id, PractitionerId = past.PractitionerId, SessionStartUtc = past.StartUtc,
            CreatedAt = now, ExpiresAt = now.AddDays(3), TokenHash = Guid.NewGuid().ToString("N"), CompletedAt = now, Soreness = 8,
            Unexpected = XssPayloads.For("check-unexpected"), Settled = SettledAnswers.All[^1],
        });

        var episodeId = note.EpisodeId ?? await db.Episodes.IgnoreQueryFilters().Where(e => e.PatientId == patientId).Select(e => e.Id).FirstAsync(ct);
        db.Add(new ReviewRecord { ClinicId = clinic.Id, PatientId = patientId, EpisodeId = episodeId, Outcome = "refer", Note = XssPayloads.For("review-note"), RecordedAt = now, RecordedBy = therapist.FullName });

        await db.SaveChangesAsync(ct);
        return new Written(patientId, episodeId, note.AppointmentId, amendmentId, inquiry.Id, article.Slug);
    }

    [GeneratedRegex("name=\"Input.Started\"[^>]*value=\"([^\"]+)\"")]
    private static partial Regex StartedPattern();
}
