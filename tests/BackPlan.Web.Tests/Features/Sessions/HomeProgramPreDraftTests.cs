using System.Net;
using BackPlan.Web.Features.Appointments;
using BackPlan.Web.Features.HomeProgram;
using BackPlan.Web.Tests.Support;

namespace BackPlan.Web.Tests.Features.Sessions;

/// <summary>The session note's Subjective pre-draft reports the home program since the last visit.</summary>
public class HomeProgramPreDraftTests(BackPlanApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task NotePage_ExerciseLogSinceLastVisit_PreDraftsAdherenceMadeWorseAndHighestPain()
    {
        var s = await SessionClinic.CreateAsync(app);
        await s.AppointmentAsync(-24 * 7, AppointmentStatus.Attended);
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(DateTime.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("Europe/Warsaw")));
        await s.Clinic.QueryAsync(async db =>
        {
            // Before the last visit: high pain and "worse" there must not show up in this visit's draft.
            db.Add(Log(s, today.AddDays(-10), done: true, pain: 9, worse: true));
            db.Add(Log(s, today.AddDays(-3), done: true, pain: 2, worse: false));
            db.Add(Log(s, today.AddDays(-2), done: true, pain: 6, worse: true));
            db.Add(Log(s, today.AddDays(-1), done: false, pain: null, worse: false));
            return await db.SaveChangesAsync(Ct);
        });
        var visit = await s.AppointmentAsync(-1);
        using var client = await Browserless.SignedInAsync(app, s.Clinic.PractitionerEmail);

        var page = WebUtility.HtmlDecode(await client.GetStringAsync($"/appointments/{visit}/note", Ct));

        Assert.Matches(@"Home program adherence: [\d.,]+ of [\d.,]+ prescribed exercise-days done \([\d.,]+ %\)\.", page);
        Assert.Contains("Home exercises marked as making it worse: Bird-dog.", page, StringComparison.Ordinal);
        Assert.Contains("Highest pain during home exercises: 6/10.", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NotePage_ExerciseLogCommentsSinceLastVisit_PreDraftedUnderTheExerciseName()
    {
        var s = await SessionClinic.CreateAsync(app);
        await s.AppointmentAsync(-24 * 7, AppointmentStatus.Attended);
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(DateTime.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("Europe/Warsaw")));
        await s.Clinic.QueryAsync(async db =>
        {
            var before = Log(s, today.AddDays(-10), done: true, pain: 3, worse: false);
            before.Comment = "Written before the last visit";
            var since = Log(s, today.AddDays(-2), done: true, pain: 4, worse: false);
            since.Comment = "Easier on the left side";
            db.AddRange(before, since);
            return await db.SaveChangesAsync(Ct);
        });
        var visit = await s.AppointmentAsync(-1);
        using var client = await Browserless.SignedInAsync(app, s.Clinic.PractitionerEmail);

        var page = WebUtility.HtmlDecode(await client.GetStringAsync($"/appointments/{visit}/note", Ct));

        Assert.Contains("Patient's comment: Bird-dog: Easier on the left side", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Written before the last visit", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NotePage_NoApprovedProgram_LeavesTheHomeProgramOut()
    {
        var s = await SessionClinic.CreateAsync(app);
        await s.Clinic.QueryAsync(async db =>
        {
            var plan = await db.PlanVersions.FindAsync([s.Plan.Id], Ct);
            plan!.Status = BackPlan.Web.Features.Plans.PlanStatus.Draft;
            plan.ApprovedAt = null;
            return await db.SaveChangesAsync(Ct);
        });
        var visit = await s.AppointmentAsync(-1);
        using var client = await Browserless.SignedInAsync(app, s.Clinic.PractitionerEmail);

        var page = WebUtility.HtmlDecode(await client.GetStringAsync($"/appointments/{visit}/note", Ct));

        Assert.Contains("First treatment session of this episode.", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Home program adherence", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Home program: no exercise-days", page, StringComparison.Ordinal);
    }

    private static ExerciseLog Log(SessionClinic s, DateOnly day, bool done, int? pain, bool worse) => new()
    {
        PatientId = s.Clinic.PatientId,
        EpisodeId = s.EpisodeId,
        PlanVersionId = s.Plan.Id,
        Exercise = "bird_dog",
        Day = day,
        Done = done,
        Pain = pain,
        MadeWorse = worse,
        RecordedAt = DateTime.UtcNow,
    };
}
