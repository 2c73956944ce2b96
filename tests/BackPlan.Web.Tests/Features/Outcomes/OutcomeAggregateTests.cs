using System.Net.Http.Json;
using System.Text.Json;
using BackPlan.Web.Data;
using BackPlan.Web.Features.Outcomes;
using BackPlan.Web.Features.Questionnaires;
using BackPlan.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BackPlan.Web.Tests.Features.Outcomes;

/// <summary>
/// The dashboard adds up monthly aggregates for settled months and records for the rest: its figures
/// must equal those counted straight from the records, for any period, and follow every change.
/// </summary>
public class OutcomeAggregateTests(BackPlanApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static TheoryData<int, int?, int?, bool> Periods => new()
    {
        // Days ago the period starts and ends (null: open), and whether it is one practitioner's.
        { 1, null, null, false },
        { 2, 400, 75, false },
        { 3, 301, 3, true },
        { 4, 45, null, false },
        { 5, null, 500, true },
    };

    [Theory]
    [MemberData(nameof(Periods))]
    public async Task Summary_GeneratedYears_EqualsCountsFromTheRecords(int seed, int? fromDaysAgo, int? toDaysAgo, bool onePractitioner)
    {
        var clinic = await TestClinic.CreateAsync(app);
        var practitioner = await SeedAsync(clinic, 400, seed);
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var filter = new OutcomeFilter(
            fromDaysAgo is { } f ? today.AddDays(-f) : null,
            toDaysAgo is { } t ? today.AddDays(-t) : null,
            PractitionerId: onePractitioner ? practitioner : null);

        var summary = await clinic.QueryAsync(db => OutcomeSummary.ComputeAsync(db, filter, today, DateTime.UtcNow, Ct));
        var records = await clinic.QueryAsync(db => filter.Apply(db.Set<EpisodeOutcomeRecord>().AsNoTracking()).ToListAsync(Ct));

        Assert.True(await clinic.QueryAsync(db => db.Set<OutcomeAggregate>().AnyAsync(Ct)), "the dashboard should have built the monthly aggregates");
        bool Due(EpisodeOutcomeRecord r) => r.FollowUpDueOn < today || r.PainFourWeeksOn != null;
        Assert.Equal(records.Count, summary.Episodes.Started);
        Assert.Equal(records.Count(r => r.Completed), summary.Episodes.Completed);
        Assert.Equal(records.Count(Due), summary.Episodes.DueForFollowUp);
        Assert.Equal(records.Count(r => r.PainFourWeeksOn != null), summary.Episodes.FollowedUp);
        Assert.Equal(records.Count(r => r.PainFreeFourWeeks == true), summary.PainFreeAtOneMonth.Count);
        Assert.Equal(records.Count(r => r.PainFreeFourWeeks != null), summary.PainFreeAtOneMonth.N);
        Assert.Equal(Math.Max(0, records.Count(r => r.PainBaseline != null && Due(r)) - records.Count(r => r.PainFreeFourWeeks != null)), summary.PainFreeBenchmark.Missing);
        Assert.Equal(records.Count(r => r.FunctionResponderDischarge == true), summary.FunctionResponderDischarge.Count);
        var pain = records.Where(r => r.PainChangeFourWeeks != null).Select(r => r.PainChangeFourWeeks!.Value).ToList();
        Assert.Equal(pain.Count, summary.MeanChangeFourWeeks.Pain.N);
        Assert.Equal(pain.Count == 0 ? 0 : pain.Average(), summary.MeanChangeFourWeeks.Pain.Mean ?? 0, 9);
        var adherence = records.Where(r => r.Adherence != null).Select(r => r.Adherence!.Value).ToList();
        Assert.Equal(adherence.Count == 0 ? 0 : adherence.Average(), summary.Care.Adherence.Mean ?? 0, 9);
        Assert.Equal(records.Sum(r => r.SessionsMissed), summary.Care.NoShows.Count);

        var months = records.GroupBy(r => $"{r.StartedOn.Year:D4}-{r.StartedOn.Month:D2}").OrderBy(g => g.Key)
            .Select(g => (g.Key, g.Count(Due), g.Count(r => r.PainFourWeeksOn != null))).ToList();
        Assert.Equal(months, summary.CompletenessByMonth.Select(m => (m.Key, m.FollowedUp.N, m.FollowedUp.Count)).ToList());
        var practitioners = records.GroupBy(r => r.PractitionerId?.ToString() ?? "").OrderBy(g => g.Key)
            .Select(g => (g.Key, g.Count(Due), g.Count(r => r.PainFourWeeksOn != null))).ToList();
        Assert.Equal(practitioners, summary.CompletenessByPractitioner.Select(p => (p.Key, p.FollowedUp.N, p.FollowedUp.Count)).OrderBy(p => p.Key).ToList());
    }

    [Fact]
    public async Task Summary_FollowUpRecordedAfterFirstView_CountsIt()
    {
        var clinic = await TestClinic.CreateAsync(app);
        var ids = await OutcomeFixture.AddAsync(clinic, [new(6, null, 40, null), new(6, 2, 40, 30)], startedDaysAgo: 120);
        using var client = await clinic.ClientAsAsync(clinic.PractitionerEmail);
        var before = await client.GetFromJsonAsync<JsonElement>("/api/v1/outcomes/summary", Ct);
        Assert.Equal(1, before.GetProperty("episodes").GetProperty("followedUp").GetInt32());

        await clinic.QueryAsync(async db =>
        {
            var episode = await db.Episodes.SingleAsync(e => e.Id == ids[0], Ct);
            db.QuestionnaireResponses.Add(OutcomeFixture.Response(episode, "nprs", TimePoints.Review, 0, episode.StartedOn.AddDays(28)));
            return await db.SaveChangesAsync(Ct);
        });
        var after = await client.GetFromJsonAsync<JsonElement>("/api/v1/outcomes/summary", Ct);

        Assert.Equal(2, after.GetProperty("episodes").GetProperty("followedUp").GetInt32());
        Assert.Equal(1, after.GetProperty("painFreeAtOneMonth").GetProperty("count").GetInt32());
    }

    [Fact]
    public async Task Summary_EpisodeMovedToAnotherMonth_CountsItInTheNewMonthOnly()
    {
        var clinic = await TestClinic.CreateAsync(app);
        var ids = await OutcomeFixture.AddAsync(clinic, [new(6, 3, 40, 30)], startedDaysAgo: 200);
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var first = await clinic.QueryAsync(db => OutcomeSummary.ComputeAsync(db, new OutcomeFilter(), today, DateTime.UtcNow, Ct));
        var moved = today.AddDays(-320);

        await clinic.QueryAsync(async db =>
        {
            var episode = await db.Episodes.SingleAsync(e => e.Id == ids[0], Ct);
            episode.StartedOn = moved;
            return await db.SaveChangesAsync(Ct);
        });
        var second = await clinic.QueryAsync(db => OutcomeSummary.ComputeAsync(db, new OutcomeFilter(), today, DateTime.UtcNow, Ct));

        Assert.Equal(today.AddDays(-200).ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture), Assert.Single(first.CompletenessByMonth).Key);
        Assert.Equal(moved.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture), Assert.Single(second.CompletenessByMonth).Key);
        Assert.Equal(1, second.Episodes.Started);
    }

    [Fact]
    public async Task Summary_PatientDeleted_LeavesTheFigures()
    {
        var clinic = await TestClinic.CreateAsync(app);
        var ids = await OutcomeFixture.AddAsync(clinic, [new(6, 3, 40, 30), new(6, 0, 40, 20)], startedDaysAgo: 150);
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        Assert.Equal(2, (await clinic.QueryAsync(db => OutcomeSummary.ComputeAsync(db, new OutcomeFilter(), today, DateTime.UtcNow, Ct))).Episodes.Started);

        await clinic.QueryAsync(async db =>
        {
            var patientId = await db.Episodes.Where(e => e.Id == ids[1]).Select(e => e.PatientId).SingleAsync(Ct);
            db.Patients.Remove(await db.Patients.SingleAsync(p => p.Id == patientId, Ct));
            return await db.SaveChangesAsync(Ct);
        });
        var after = await clinic.QueryAsync(db => OutcomeSummary.ComputeAsync(db, new OutcomeFilter(), today, DateTime.UtcNow, Ct));

        Assert.Equal(1, after.Episodes.Started);
        Assert.Equal(0, after.PainFreeAtOneMonth.Count);
    }

    [Fact]
    public async Task Refresh_FourAtOnce_AddsEveryEpisodeOnce()
    {
        var clinic = await TestClinic.CreateAsync(app);
        await SeedAsync(clinic, 120, 7);
        var now = DateTime.UtcNow;

        await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => clinic.QueryAsync(async db =>
        {
            await OutcomeAggregates.RefreshAsync(db, now, Ct);
            return 0;
        })));

        Assert.Equal(120, await clinic.QueryAsync(db => db.Set<OutcomeAggregate>().SumAsync(a => a.Started, Ct)));
        Assert.False(await clinic.QueryAsync(db => db.Set<OutcomeAggregateChange>().AnyAsync(Ct)));
    }

    // Generated episodes over three years, added through EF (so the save marks their months), for two practitioners.
    private static async Task<Guid> SeedAsync(TestClinic clinic, int episodes, int seed) => await clinic.InScopeAsync(async sp =>
    {
        var db = sp.GetRequiredService<BackPlanDb>();
        var staff = await db.Staff.OrderBy(s => s.Email).Select(s => s.Id).Take(2).ToListAsync(Ct);
        var locations = await db.Locations.Select(l => l.Id).ToListAsync(Ct);
        var now = DateTime.UtcNow;
        var generated = OutcomeSeeder.Generate(clinic.Id, staff, locations.Count > 0 ? locations : [Guid.NewGuid()], episodes, seed, DateOnly.FromDateTime(now), now);
        db.Patients.AddRange(generated.Patients);
        db.Episodes.AddRange(generated.Episodes);
        db.AddRange(generated.Records);
        await db.SaveChangesAsync(Ct);
        return staff[0];
    });
}
