using System.Net.Http.Json;
using BackPlan.Web.Features.AfterSessions;
using BackPlan.Web.Features.Outcomes;
using BackPlan.Web.Tests.Features.HomeProgram;
using BackPlan.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace BackPlan.Web.Tests.Features.Outcomes;

/// <summary>Adherence, adverse events and soreness in the outcome record, from the rows their features write.</summary>
public class OutcomeCareTests(BackPlanApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Record_ExerciseLogged_AdherenceIsDoneOverPrescribed()
    {
        var clinic = await TestClinic.CreateAsync(app);
        // Two daily exercises approved 10 local days ago: 10 finished days × 2 = 20 prescribed (today not logged yet).
        var (episodeId, planId) = await ProgramSetup.ApprovedProgramAsync(clinic, clinic.PatientId, daysAgo: 10);
        Assert.Equal(0.0, (await RecordAsync(clinic, episodeId)).Adherence);

        await ProgramSetup.LogAsync(clinic, clinic.PatientId, episodeId, planId, ProgramSetup.PelvicTilt, 1, 2, 3, 4, 5);
        await ProgramSetup.LogAsync(clinic, clinic.PatientId, episodeId, planId, ProgramSetup.BirdDog, 1, 2, 3);

        var record = await RecordAsync(clinic, episodeId);
        Assert.Equal(0.4, record.Adherence); // 8 of 20
    }

    [Fact]
    public async Task Record_AdverseEventsAndChecks_CountsThoseOfTheEpisode()
    {
        var clinic = await TestClinic.CreateAsync(app);
        var (episodeId, _) = await ProgramSetup.ApprovedProgramAsync(clinic, clinic.PatientId, daysAgo: 20);
        var before = await RecordAsync(clinic, episodeId);
        Assert.Equal(0, before.AdverseEvents);
        Assert.Null(before.SorenessReports);

        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        // Before the episode started: not this episode's.
        await AddAdverseEventAsync(clinic, today.AddDays(-40));
        await AddAdverseEventAsync(clinic, today.AddDays(-12));
        await AddAdverseEventAsync(clinic, today.AddDays(-5));
        // Soreness 8 and 7 reach the alert line (7), 3 does not; the unanswered check is no report.
        await AddCheckAsync(clinic, daysAgo: 15, soreness: 8);
        await AddCheckAsync(clinic, daysAgo: 8, soreness: 7);
        await AddCheckAsync(clinic, daysAgo: 4, soreness: 3);
        await AddCheckAsync(clinic, daysAgo: 1, soreness: null);

        var record = await RecordAsync(clinic, episodeId);
        Assert.Equal(2, record.AdverseEvents);
        Assert.Equal(2, record.SorenessReports);
    }

    [Fact]
    public async Task Record_CheckAnsweredLater_RefreshesTheCount()
    {
        var clinic = await TestClinic.CreateAsync(app);
        var (episodeId, _) = await ProgramSetup.ApprovedProgramAsync(clinic, clinic.PatientId, daysAgo: 20);
        var checkId = await AddCheckAsync(clinic, daysAgo: 6, soreness: null);
        Assert.Null((await RecordAsync(clinic, episodeId)).SorenessReports);

        await clinic.QueryAsync(async db =>
        {
            var check = await db.Set<PostSessionCheck>().SingleAsync(c => c.Id == checkId, Ct);
            check.Soreness = 9;
            check.CompletedAt = DateTime.UtcNow;
            return await db.SaveChangesAsync(Ct);
        });

        Assert.Equal(1, (await RecordAsync(clinic, episodeId)).SorenessReports);
    }

    [Fact]
    public async Task SummaryApi_CareRecorded_ShowsAdherenceAdverseAndSorenessRates()
    {
        var clinic = await TestClinic.CreateAsync(app);
        var (episodeId, planId) = await ProgramSetup.ApprovedProgramAsync(clinic, clinic.PatientId, daysAgo: 10);
        await ProgramSetup.LogAsync(clinic, clinic.PatientId, episodeId, planId, ProgramSetup.PelvicTilt, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
        await AddAdverseEventAsync(clinic, DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-3));
        await AddCheckAsync(clinic, daysAgo: 5, soreness: 7);
        using var client = await clinic.ClientAsAsync(clinic.PractitionerEmail);

        var summary = await client.GetFromJsonAsync<OutcomeSummaryDto>("/api/v1/outcomes/summary", Ct);

        Assert.NotNull(summary);
        Assert.Equal(1, summary.Care.Adherence.N);
        Assert.Equal(0.5, summary.Care.Adherence.Mean!.Value, 6); // 10 of 20
        Assert.Equal((1, 1), (summary.Care.AdverseEvents.N, summary.Care.AdverseEvents.Count));
        Assert.Equal((1, 1), (summary.Care.Soreness.N, summary.Care.Soreness.Count));
    }

    private static Task<EpisodeOutcomeRecord> RecordAsync(TestClinic clinic, Guid episodeId) =>
        clinic.QueryAsync(db => db.Set<EpisodeOutcomeRecord>().AsNoTracking().SingleAsync(r => r.EpisodeId == episodeId, Ct));

    private static Task<int> AddAdverseEventAsync(TestClinic clinic, DateOnly on) => clinic.QueryAsync(db =>
    {
        db.Add(new AdverseEvent
        {
            PatientId = clinic.PatientId,
            Description = "Pain flared for a day after the session.",
            Severity = AdverseEventSeverity.Mild,
            Outcome = AdverseEventOutcome.Resolved,
            OccurredOn = on,
            RecordedAt = DateTime.UtcNow,
            RecordedBy = "test",
        });
        return db.SaveChangesAsync(Ct);
    });

    private static Task<Guid> AddCheckAsync(TestClinic clinic, int daysAgo, int? soreness) => clinic.QueryAsync(async db =>
    {
        var session = DateTime.UtcNow.Date.AddDays(-daysAgo).AddHours(10);
        var check = new PostSessionCheck
        {
            PatientId = clinic.PatientId,
            AppointmentId = Guid.NewGuid(),
            PractitionerId = Guid.NewGuid(),
            SessionStartUtc = session,
            CreatedAt = session.AddDays(1),
            ExpiresAt = session.AddDays(8),
            TokenHash = Convert.ToHexStringLower(Guid.NewGuid().ToByteArray()),
            CompletedAt = soreness is null ? null : session.AddDays(1),
            Soreness = soreness,
        };
        db.Add(check);
        await db.SaveChangesAsync(Ct);
        return check.Id;
    });
}
