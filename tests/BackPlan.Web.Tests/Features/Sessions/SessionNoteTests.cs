using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using BackPlan.Web.Features.Appointments;
using BackPlan.Web.Features.Sessions;
using BackPlan.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace BackPlan.Web.Tests.Features.Sessions;

public class SessionNoteTests(BackPlanApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task NotePage_ResponsesAndMissedVisitsSinceLastVisit_PreDraftsSubjective()
    {
        var s = await SessionClinic.CreateAsync(app);
        await s.CheckInAsync(6, -24 * 8);
        await s.AppointmentAsync(-24 * 7, AppointmentStatus.Attended);
        await s.AppointmentAsync(-24 * 4, AppointmentStatus.Cancelled, late: true);
        await s.AppointmentAsync(-24 * 3, AppointmentStatus.NoShow);
        await s.CheckInAsync(5, -24 * 2);
        await s.CheckInAsync(4, -3);
        var today = await s.AppointmentAsync(-1);
        using var client = await Browserless.SignedInAsync(app, s.Clinic.PractitionerEmail);

        var page = WebUtility.HtmlDecode(await client.GetStringAsync($"/appointments/{today}/note", Ct));

        Assert.Contains("Since the last visit on ", page, StringComparison.Ordinal);
        Assert.Contains("NPRS 6 → 4 since the last visit.", page, StringComparison.Ordinal);
        Assert.Contains("Cancelled appointments: 1 (late: 1).", page, StringComparison.Ordinal);
        Assert.Contains("Missed appointments without notice: 1.", page, StringComparison.Ordinal);
        Assert.Null(await s.NoteAsync(today)); // only a draft text on the page until saved
    }

    [Fact]
    public async Task NotePage_PostSessionCheckAfterLastVisit_PreDraftsSorenessAndWhatWasUnexpected()
    {
        var s = await SessionClinic.CreateAsync(app);
        var previous = await s.AppointmentAsync(-24 * 7, AppointmentStatus.Attended);
        await s.Clinic.QueryAsync(async db =>
        {
            db.Add(new BackPlan.Web.Features.AfterSessions.PostSessionCheck
            {
                PatientId = s.Clinic.PatientId,
                AppointmentId = previous,
                PractitionerId = s.PractitionerId,
                SessionStartUtc = DateTime.UtcNow.AddDays(-7),
                CreatedAt = DateTime.UtcNow.AddDays(-6),
                ExpiresAt = DateTime.UtcNow.AddDays(1),
                TokenHash = Guid.NewGuid().ToString("N"),
                CompletedAt = DateTime.UtcNow.AddDays(-6),
                Soreness = 8,
                Settled = BackPlan.Web.Features.AfterSessions.SettledAnswers.No,
                Unexpected = "tingling in the left calf",
            });
            return await db.SaveChangesAsync(Ct);
        });
        var today = await s.AppointmentAsync(-1);
        using var client = await Browserless.SignedInAsync(app, s.Clinic.PractitionerEmail);

        var page = WebUtility.HtmlDecode(await client.GetStringAsync($"/appointments/{today}/note", Ct));

        Assert.Contains("After the last session: soreness 8/10, not settled yet.", page, StringComparison.Ordinal);
        Assert.Contains("Unexpected after the last session: tingling in the left calf", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SaveDraft_InvalidTechniqueRow_KeepsTypedInputWithErrorsBesideTheFields()
    {
        var s = await SessionClinic.CreateAsync(app);
        var appointment = await s.AppointmentAsync(-1);
        using var client = await Browserless.SignedInAsync(app, s.Clinic.PractitionerEmail);

        var response = await Browserless.PostFormAsync(client, $"/appointments/{appointment}/note", "note", Fields("save", "Typed by hand: pain eased", new()
        {
            ["t0.technique"] = "myofascial_release",
            ["t0.region"] = "elbow",
            ["t0.minutes"] = "500",
            ["t0.pressure"] = "3",
            ["t0.response"] = "better",
        }));
        var page = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(Ct));

        Assert.Contains("Please correct the marked fields.", page, StringComparison.Ordinal);
        Assert.Contains("Typed by hand: pain eased", page, StringComparison.Ordinal);
        Assert.Matches("id=\"t0-region-error\"[^>]*>Choose a region.<", page);
        Assert.Matches("id=\"t0-minutes-error\"[^>]*>Enter the minutes, a whole number from 1 to 180.<", page);
        Assert.Contains("value=\"500\"", page, StringComparison.Ordinal);
        Assert.Matches("<option value=\"myofascial_release\" selected", page);
        Assert.Null(await s.NoteAsync(appointment));
    }

    [Fact]
    public async Task SaveDraftThenSign_LocksTheNoteMarksAttendedAndRefusesFurtherEdits()
    {
        var s = await SessionClinic.CreateAsync(app);
        var appointment = await s.AppointmentAsync(-1);
        using var client = await Browserless.SignedInAsync(app, s.Clinic.PractitionerEmail);
        var row = Technique(s.SoftTissueElement);

        await Browserless.PostFormAsync(client, $"/appointments/{appointment}/note", "note", Fields("save", "First draft", row));
        var draft = await s.NoteAsync(appointment);
        await Browserless.PostFormAsync(client, $"/appointments/{appointment}/note", "note", Fields("save", "Second draft", row));
        var signed = await Browserless.PostFormAsync(client, $"/appointments/{appointment}/note", "note", Fields("sign", "Final words", row));
        var page = WebUtility.HtmlDecode(await signed.Content.ReadAsStringAsync(Ct));

        Assert.Equal(NoteStatus.Draft, draft!.Status);
        Assert.Contains("The note is signed and locked.", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Save draft", page, StringComparison.Ordinal);
        var note = (await s.NoteAsync(appointment))!;
        Assert.Equal((NoteStatus.SignedOff, "Final words", s.PractitionerName), (note.Status, note.Subjective, note.SignedBy));
        Assert.Equal(draft.Id, note.Id);
        var technique = Assert.Single(note.Techniques);
        Assert.Equal(new AppliedTechnique("myofascial_release", "quadratus_lumborum", "left", 15, 3, "better", "less guarding", s.SoftTissueElement), technique);
        Assert.Equal(AppointmentStatus.Attended, await s.StatusAsync(appointment));

        // The page no longer offers the form, and the workflow itself refuses a change.
        var refusal = await s.Clinic.InScopeAsync(async sp =>
        {
            var workflow = sp.GetRequiredService<NoteWorkflow>();
            var context = (await workflow.LoadAsync(appointment))!;
            return await workflow.SaveAsync(context, new NoteEdit("changed", null, null, null, [], [], null, null), sign: false);
        });
        Assert.Equal(NoteRefusals.Locked, refusal);
        Assert.Equal("Final words", (await s.NoteAsync(appointment))!.Subjective);
        var again = await Browserless.PostFormAsync(client, $"/appointments/{appointment}/note", "note", Fields("save", "Sneaky change", row));
        Assert.False(again.IsSuccessStatusCode && (await again.Content.ReadAsStringAsync(Ct)).Contains("The draft is saved.", StringComparison.Ordinal));
        Assert.Equal("Final words", (await s.NoteAsync(appointment))!.Subjective);
    }

    [Fact]
    public async Task Addendum_OnSignedNote_IsAppendedInOrderWithAuthorAndTime()
    {
        var s = await SessionClinic.CreateAsync(app);
        var appointment = await s.AppointmentAsync(-2);
        using var client = await Browserless.SignedInAsync(app, s.Clinic.PractitionerEmail);
        await Browserless.PostFormAsync(client, $"/appointments/{appointment}/note", "note", Fields("sign", "Signed text", Technique(null)));
        var before = DateTime.UtcNow.AddSeconds(-1);

        await Browserless.PostFormAsync(client, $"/appointments/{appointment}/note", "addendum", new() { ["addendum"] = "Phoned: soreness settled overnight." });
        var empty = await Browserless.PostFormAsync(client, $"/appointments/{appointment}/note", "addendum", new() { ["addendum"] = "  " });
        var response = await Browserless.PostFormAsync(client, $"/appointments/{appointment}/note", "addendum", new() { ["addendum"] = "Second thought: review sooner." });
        var page = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(Ct));

        Assert.Contains("Write the addendum (1 to 2000 characters).", WebUtility.HtmlDecode(await empty.Content.ReadAsStringAsync(Ct)), StringComparison.Ordinal);
        var note = (await s.NoteAsync(appointment))!;
        Assert.Equal("Signed text", note.Subjective);
        var addenda = note.Addenda.OrderBy(a => a.CreatedAt).ToList();
        Assert.Equal(["Phoned: soreness settled overnight.", "Second thought: review sooner."], addenda.Select(a => a.Text));
        Assert.All(addenda, a => Assert.Equal(s.PractitionerName, a.Author));
        Assert.All(addenda, a => Assert.True(a.CreatedAt >= before && a.CreatedAt >= note.SignedAt));
        Assert.True(page.IndexOf("Phoned: soreness", StringComparison.Ordinal) < page.IndexOf("Second thought", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Addendum_OnDraft_IsRefused()
    {
        var s = await SessionClinic.CreateAsync(app);
        var appointment = await s.AppointmentAsync(-2);
        using var client = await Browserless.SignedInAsync(app, s.Clinic.PractitionerEmail);
        await Browserless.PostFormAsync(client, $"/appointments/{appointment}/note", "note", Fields("save", "Draft only", []));

        var refusal = await AsUserAsync(s.Clinic.PractitionerEmail, async workflow =>
            await workflow.AddAddendumAsync((await workflow.LoadAsync(appointment, Ct))!.Note!, "late thought", Ct));

        Assert.Equal(NoteRefusals.NotSigned, refusal);
        Assert.Empty((await s.NoteAsync(appointment))!.Addenda);
    }

    [Fact]
    public async Task CopyPreviousTechniques_FillsRowsFromTheLastSignedNote()
    {
        var s = await SessionClinic.CreateAsync(app);
        var older = await s.AppointmentAsync(-24 * 10, AppointmentStatus.Attended);
        await s.SignedNoteAsync(older, new AppliedTechnique("swedish_massage", "gluteus_medius", "right", 10, 2, "same", null, null));
        var previous = await s.AppointmentAsync(-24 * 5, AppointmentStatus.Attended);
        await s.SignedNoteAsync(previous, new AppliedTechnique("trigger_point", "piriformis", "left", 12, 4, "better", null, s.SoftTissueElement));
        var appointment = await s.AppointmentAsync(-1);
        using var client = await Browserless.SignedInAsync(app, s.Clinic.PractitionerEmail);

        var response = await Browserless.PostFormAsync(client, $"/appointments/{appointment}/note", "note", Fields("copy", "Kept while copying", []));
        var page = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(Ct));

        Assert.Contains("The previous session's techniques are copied: check them, then save.", page, StringComparison.Ordinal);
        Assert.Contains("Kept while copying", page, StringComparison.Ordinal);
        Assert.Matches("<option value=\"trigger_point\" selected", page);
        Assert.Matches("<option value=\"piriformis\" selected", page);
        Assert.Matches("name=\"t0.minutes\" type=\"number\" value=\"12\"", page);
        Assert.DoesNotMatch("<option value=\"swedish_massage\" selected", page);
        Assert.Null(await s.NoteAsync(appointment)); // copying fills the form; saving is the practitioner's choice
    }

    [Fact]
    public async Task NotePage_FrontDesk_MayNotWriteOrReadTheNote()
    {
        var s = await SessionClinic.CreateAsync(app);
        var appointment = await s.AppointmentAsync(-1);
        using var practitioner = await Browserless.SignedInAsync(app, s.Clinic.PractitionerEmail);
        await Browserless.PostFormAsync(practitioner, $"/appointments/{appointment}/note", "note", Fields("save", "Confidential detail", []));
        using var frontDesk = await Browserless.SignedInAsync(app, s.Clinic.FrontDeskEmail);

        var page = WebUtility.HtmlDecode(await frontDesk.GetStringAsync($"/appointments/{appointment}/note", Ct));
        var write = await NoteWorkflowAsAsync(s, appointment, s.Clinic.FrontDeskEmail);
        using var api = await s.Clinic.ClientAsAsync(s.Clinic.FrontDeskEmail);

        Assert.Contains("Session notes are written and read by clinicians.", page, StringComparison.Ordinal);
        Assert.Contains("Mark attended", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Confidential detail", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Save draft", page, StringComparison.Ordinal);
        Assert.Equal(NoteRefusals.NotPractitioner, write);
        Assert.Equal(HttpStatusCode.Forbidden, (await api.GetAsync($"/api/v1/appointments/{appointment}/note", Ct)).StatusCode);
    }

    [Fact]
    public async Task NotePage_Admin_ReadsButCannotEdit()
    {
        var s = await SessionClinic.CreateAsync(app);
        var appointment = await s.AppointmentAsync(-1);
        using var practitioner = await Browserless.SignedInAsync(app, s.Clinic.PractitionerEmail);
        await Browserless.PostFormAsync(practitioner, $"/appointments/{appointment}/note", "note", Fields("save", "Draft for the admin", Technique(null)));
        using var admin = await Browserless.SignedInAsync(app, s.Clinic.AdminEmail);

        var page = WebUtility.HtmlDecode(await admin.GetStringAsync($"/appointments/{appointment}/note", Ct));

        Assert.Contains("Draft for the admin", page, StringComparison.Ordinal);
        Assert.Contains("myofascial release", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Save draft", page, StringComparison.Ordinal);
        Assert.Equal(NoteRefusals.NotPractitioner, await NoteWorkflowAsAsync(s, appointment, s.Clinic.AdminEmail));
    }

    [Fact]
    public async Task NotePageAndApi_Patient_AreForbidden()
    {
        var s = await SessionClinic.CreateAsync(app);
        var appointment = await s.AppointmentAsync(-1);
        await s.SignedNoteAsync(appointment, new AppliedTechnique("swedish_massage", "gluteus_medius", "right", 10, 2, "same", null, null));
        using var page = await Browserless.SignedInAsync(app, s.Clinic.PatientEmail);
        using var api = await s.Clinic.ClientAsAsync(s.Clinic.PatientEmail);

        Assert.Equal(HttpStatusCode.Forbidden, (await page.GetAsync($"/appointments/{appointment}/note", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await api.GetAsync($"/api/v1/appointments/{appointment}/note", Ct)).StatusCode);
    }

    [Fact]
    public async Task NoteApi_Practitioner_ReadsTheSignedNoteWithTechniques()
    {
        var s = await SessionClinic.CreateAsync(app);
        var appointment = await s.AppointmentAsync(-3);
        var none = await s.AppointmentAsync(-2);
        await s.SignedNoteAsync(appointment, new AppliedTechnique("trigger_point", "piriformis", "left", 12, 4, "better", "less tingling", s.SoftTissueElement));
        using var api = await s.Clinic.ClientAsAsync(s.Clinic.PractitionerEmail);

        var note = await api.GetFromJsonAsync<JsonElement>($"/api/v1/appointments/{appointment}/note", Ct);

        Assert.Equal("signedOff", note.GetProperty("status").GetString());
        var technique = note.GetProperty("techniques")[0];
        Assert.Equal(("trigger_point", 4, "less tingling"), (technique.GetProperty("technique").GetString(), technique.GetProperty("pressure").GetInt32(), technique.GetProperty("responseNote").GetString()));
        Assert.Equal(HttpStatusCode.NotFound, (await api.GetAsync($"/api/v1/appointments/{none}/note", Ct)).StatusCode);
    }

    [Fact]
    public async Task NotePage_FutureOrCancelledAppointment_OffersNoForm()
    {
        var s = await SessionClinic.CreateAsync(app);
        var future = await s.AppointmentAsync(48);
        var cancelled = await s.AppointmentAsync(-5, AppointmentStatus.Cancelled);
        using var client = await Browserless.SignedInAsync(app, s.Clinic.PractitionerEmail);

        var futurePage = WebUtility.HtmlDecode(await client.GetStringAsync($"/appointments/{future}/note", Ct));
        var cancelledPage = WebUtility.HtmlDecode(await client.GetStringAsync($"/appointments/{cancelled}/note", Ct));

        Assert.Contains(NoteRefusals.NotStarted, futurePage, StringComparison.Ordinal);
        Assert.Contains(NoteRefusals.NoSession, cancelledPage, StringComparison.Ordinal);
        Assert.DoesNotContain("Save draft", futurePage + cancelledPage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PatientAndEpisodePages_ListSessionsWithNoteStatusAndLinks()
    {
        var s = await SessionClinic.CreateAsync(app);
        var signed = await s.AppointmentAsync(-24 * 3, AppointmentStatus.Attended);
        await s.SignedNoteAsync(signed, new AppliedTechnique("swedish_massage", "gluteus_medius", "right", 10, 2, "same", null, null));
        var unwritten = await s.AppointmentAsync(-2);
        using var client = await Browserless.SignedInAsync(app, s.Clinic.PractitionerEmail);

        var patient = WebUtility.HtmlDecode(await client.GetStringAsync($"/patients/{s.Clinic.PatientId}", Ct));
        var episode = WebUtility.HtmlDecode(await client.GetStringAsync($"/episodes/{s.EpisodeId}", Ct));

        Assert.Contains($"href=\"/appointments/{signed}/note\"", patient, StringComparison.Ordinal);
        Assert.Contains($"href=\"/appointments/{unwritten}/note\"", patient, StringComparison.Ordinal);
        Assert.Contains("<td>signed</td>", patient, StringComparison.Ordinal);
        Assert.Contains("<td>not written yet</td>", patient, StringComparison.Ordinal);
        Assert.Contains(s.PractitionerName, patient, StringComparison.Ordinal);
        Assert.Contains($"href=\"/appointments/{signed}/note\"", episode, StringComparison.Ordinal);
        Assert.DoesNotContain($"href=\"/appointments/{unwritten}/note\"", episode, StringComparison.Ordinal);
    }

    [Fact]
    public void EveryNoteText_HasAPolishTranslation()
    {
        var strings = new System.Resources.ResourceManager("BackPlan.Web.Resources.SharedResource", typeof(Program).Assembly);
        var polish = new System.Globalization.CultureInfo("pl");
        var keys = BackPlan.Clinical.Sessions.SubjectiveDraft.Formats.Concat(NoteMessages.All).Concat(NoteRefusals.All)
            .Concat([AttendanceRefusals.Cancelled, AttendanceRefusals.NotStarted, AttendanceRefusals.HasNote])
            .Concat(Responses.All.Select(r => "response." + r)).Concat(Enum.GetNames<NoteStatus>().Select(n => "note." + n));

        var untranslated = keys.Where(k => strings.GetString(k, polish) is null).ToList();
        var noEnglish = Responses.All.Select(r => "response." + r).Concat(Enum.GetNames<NoteStatus>().Select(n => "note." + n))
            .Where(k => strings.GetString(k, System.Globalization.CultureInfo.InvariantCulture) is null).ToList();

        Assert.True(untranslated.Count == 0, string.Join(" | ", untranslated));
        Assert.True(noEnglish.Count == 0, string.Join(" | ", noEnglish));
    }

    /// <summary>Asks the workflow to save a draft as the user with <paramref name="email"/>: the server-side rule, not only the page's.</summary>
    private Task<string?> NoteWorkflowAsAsync(SessionClinic s, Guid appointment, string email) =>
        AsUserAsync(email, async workflow =>
        {
            var context = (await workflow.LoadAsync(appointment, Ct))!;
            return await workflow.SaveAsync(context, new NoteEdit("x", null, null, null, [], [], null, null), sign: false, Ct);
        });

    private async Task<T> AsUserAsync<T>(string email, Func<NoteWorkflow, Task<T>> act)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var principal = await PrincipalAsync(scope.ServiceProvider, email);
        scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Http.IHttpContextAccessor>().HttpContext = new Microsoft.AspNetCore.Http.DefaultHttpContext { User = principal };
        return await act(scope.ServiceProvider.GetRequiredService<NoteWorkflow>());
    }

    private static async Task<System.Security.Claims.ClaimsPrincipal> PrincipalAsync(IServiceProvider sp, string email)
    {
        var users = sp.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<BackPlan.Web.Features.Account.AppUser>>();
        var factory = sp.GetRequiredService<Microsoft.AspNetCore.Identity.IUserClaimsPrincipalFactory<BackPlan.Web.Features.Account.AppUser>>();
        return await factory.CreateAsync((await users.FindByEmailAsync(email))!);
    }

    private static Dictionary<string, string> Technique(int? planElement) => new()
    {
        ["t0.technique"] = "myofascial_release",
        ["t0.region"] = "quadratus_lumborum",
        ["t0.side"] = "left",
        ["t0.minutes"] = "15",
        ["t0.pressure"] = "3",
        ["t0.response"] = "better",
        ["t0.responseNote"] = "less guarding",
        ["t0.planElement"] = planElement?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "",
    };

    private static Dictionary<string, string> Fields(string action, string subjective, Dictionary<string, string> rows)
    {
        var fields = new Dictionary<string, string>(rows)
        {
            ["action"] = action,
            ["subjective"] = subjective,
            ["objective"] = "Tone raised left QL.",
            ["schoberCm"] = "4,5",
            ["fingertipFloorCm"] = "",
            ["assessment"] = "Improving.",
            ["plan"] = "Continue.",
            ["findings"] = "1",
            ["techniques"] = rows.Count == 0 ? "1" : "2",
        };
        return fields;
    }
}
