using BackPlan.Web.Data;
using BackPlan.Web.Features.Episodes;
using BackPlan.Web.Features.Forms;
using BackPlan.Web.Platform.Background;
using BackPlan.Web.Platform.Email;
using BackPlan.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BackPlan.Web.Tests.Platform;

/// <summary>An app with a database of its own: the claims here take every due message and scan every clinic in it.</summary>
public sealed class LeaseApp : BackPlanApp;

/// <summary>
/// The leases that let several instances share the background work (decision 0034), on both databases:
/// the outbox claim and the scans' clinic leases. The two-process test is <see cref="SeveralInstancesTests"/>.
/// </summary>
public sealed class WorkLeaseTests(LeaseApp app) : IClassFixture<LeaseApp>
{
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(5);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task OutboxClaim_TwoClaimersAtOnce_NeverGetTheSameMessage()
    {
        var clinic = await TestClinic.CreateAsync(app);
        var queued = await QueueAsync(clinic, 400, "claim");

        var claims = await Task.WhenAll(ClaimAllAsync("instance-a"), ClaimAllAsync("instance-b"));

        // Every message is claimed exactly once, by one of the two.
        var all = claims[0].Concat(claims[1]).ToList();
        Assert.Equal(all.Count, all.Distinct().Count());
        Assert.Subset(queued.ToHashSet(), all.ToHashSet());
    }

    [Fact]
    public async Task OutboxClaim_RowAnotherInstanceIsClaiming_SkippedNotWaitedFor()
    {
        Assert.SkipWhen(app.Provider != "Postgres", "SQLite has no row locks: one writer at a time.");
        var clinic = await TestClinic.CreateAsync(app);
        var ids = await QueueAsync(clinic, 2, "locked");
        await using var scope = app.Services.CreateAsyncScope();
        var other = scope.ServiceProvider.GetRequiredService<BackPlanDb>();
        await using var claiming = await other.Database.BeginTransactionAsync(Ct);
        await other.Database.ExecuteSqlAsync($"""SELECT 1 FROM "Outbox" WHERE "Id" = {ids[0]} FOR UPDATE""", Ct);

        // Waiting for the lock would run into the time-out.
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        timeout.CancelAfter(TimeSpan.FromSeconds(20));
        await using var mine = app.Services.CreateAsyncScope();
        var claimed = await OutboxSender.ClaimAsync(mine.ServiceProvider.GetRequiredService<BackPlanDb>(), "instance-b", DateTime.UtcNow, Lease, OutboxSender.BatchSize, timeout.Token);

        Assert.DoesNotContain(ids[0], claimed.Select(m => m.Id));
        Assert.Contains(ids[1], claimed.Select(m => m.Id));
    }

    [Fact]
    public async Task OutboxClaim_LeaseRunsOut_AnotherInstanceTakesTheMessage()
    {
        var clinic = await TestClinic.CreateAsync(app);
        var id = Assert.Single(await QueueAsync(clinic, 1, "expiry"));
        var now = DateTime.UtcNow;

        var first = await ClaimAsync("died-mid-batch", now);
        var whileHeld = await ClaimAsync("instance-b", now.AddMinutes(4));
        var afterwards = await ClaimAsync("instance-b", now.AddMinutes(6));

        Assert.Contains(id, first.Select(m => m.Id));
        Assert.DoesNotContain(id, whileHeld.Select(m => m.Id));
        Assert.Contains(id, afterwards.Select(m => m.Id));
        var message = await clinic.QueryAsync(db => db.Outbox.SingleAsync(m => m.Id == id, Ct));
        Assert.Equal("instance-b", message.LeasedBy);
    }

    [Fact]
    public async Task Sender_MessageOfADeadInstance_SentAfterItsLeaseAndNotBefore()
    {
        var clinic = await TestClinic.CreateAsync(app);
        var ids = await QueueAsync(clinic, 2, "dead");
        var now = DateTime.UtcNow;
        await clinic.QueryAsync(db => db.Outbox.Where(m => m.Id == ids[0])
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.LeasedBy, "dead").SetProperty(m => m.LeasedUntil, now.AddSeconds(-1)), Ct));
        await clinic.QueryAsync(db => db.Outbox.Where(m => m.Id == ids[1])
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.LeasedBy, "alive").SetProperty(m => m.LeasedUntil, now.AddMinutes(5)), Ct));

        await app.Services.GetRequiredService<OutboxSender>().DrainAsync(Ct);

        var messages = await clinic.QueryAsync(db => db.Outbox.Where(m => ids.Contains(m.Id)).ToDictionaryAsync(m => m.Id, Ct));
        Assert.NotNull(messages[ids[0]].SentAt);
        Assert.Null(messages[ids[0]].LeasedBy);
        Assert.Null(messages[ids[1]].SentAt);
        Assert.Equal("alive", messages[ids[1]].LeasedBy);
    }

    [Fact]
    public async Task ClinicLease_ManyInstancesAtOnce_OneTakesIt()
    {
        var clinicId = Guid.CreateVersion7();
        var now = DateTime.UtcNow;

        var taken = await Task.WhenAll(Enumerable.Range(0, 8).Select(i => Task.Run(() => TakeAsync(clinicId, $"instance-{i}", now, now), Ct)));

        Assert.Equal(1, taken.Count(t => t));
    }

    [Fact]
    public async Task ClinicLease_ExpiredOrGivenBack_TakenAgain_ButNotByAPassOlderThanTheLastRun()
    {
        var clinicId = Guid.CreateVersion7();
        var now = DateTime.UtcNow;
        Assert.True(await TakeAsync(clinicId, "died", now, now));

        Assert.False(await TakeAsync(clinicId, "b", now.AddMinutes(4), now.AddMinutes(4)));
        Assert.True(await TakeAsync(clinicId, "b", now.AddMinutes(6), now.AddMinutes(6)));
        await using (var scope = app.Services.CreateAsyncScope())
        {
            await ClinicLeases.ReleaseAsync(scope.ServiceProvider.GetRequiredService<BackPlanDb>(), "test-scan", clinicId, "b");
        }

        // A pass that began before b's run: b's run already saw all it would see.
        Assert.False(await TakeAsync(clinicId, "c", now.AddMinutes(7), passStart: now.AddMinutes(5)));
        Assert.True(await TakeAsync(clinicId, "c", now.AddMinutes(7), passStart: now.AddMinutes(7)));
    }

    [Fact]
    public async Task FormReminders_ClinicLeasedByAnotherInstance_SkippedUntilItIsFree()
    {
        var clinic = await OverdueFormClinicAsync();
        var reminders = app.Services.GetRequiredService<FormReminders>();
        var now = DateTime.UtcNow;
        Assert.True(await TakeAsync(clinic.Id, "form-reminders", now, now, owner: "other-instance"));

        await reminders.SendOverdueRemindersAsync(Ct);
        Assert.Equal(0, await RemindersAsync(clinic));

        await using (var scope = app.Services.CreateAsyncScope())
        {
            await ClinicLeases.ReleaseAsync(scope.ServiceProvider.GetRequiredService<BackPlanDb>(), "form-reminders", clinic.Id, "other-instance");
        }

        await reminders.SendOverdueRemindersAsync(Ct);
        Assert.Equal(1, await RemindersAsync(clinic));
    }

    [Fact]
    public async Task FormReminders_TwoInstancesScanAtOnce_EachFormRemindedOnce()
    {
        var clinics = new List<TestClinic>();
        for (var i = 0; i < 4; i++)
        {
            clinics.Add(await OverdueFormClinicAsync());
        }

        // Two scanners of their own, as two instances have: neither waits for the other's pass.
        using var a = ActivatorUtilities.CreateInstance<FormReminders>(app.Services);
        using var b = ActivatorUtilities.CreateInstance<FormReminders>(app.Services);

        var queued = await Task.WhenAll(Task.Run(() => a.SendOverdueRemindersAsync(Ct), Ct), Task.Run(() => b.SendOverdueRemindersAsync(Ct), Ct));

        foreach (var clinic in clinics)
        {
            Assert.Equal(1, await RemindersAsync(clinic));
        }

        Assert.True(queued.Sum() >= clinics.Count, $"the two passes queued {queued[0]} and {queued[1]}");
    }

    private Task<bool> TakeAsync(Guid clinicId, string owner, DateTime now, DateTime passStart) =>
        TakeAsync(clinicId, "test-scan", now, passStart, owner);

    private async Task<bool> TakeAsync(Guid clinicId, string task, DateTime now, DateTime passStart, string owner)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await ClinicLeases.TryTakeAsync(scope.ServiceProvider.GetRequiredService<BackPlanDb>(), task, clinicId, owner, now, Lease, passStart, Ct);
    }

    private async Task<List<OutboxMessage>> ClaimAsync(string owner, DateTime now)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await OutboxSender.ClaimAsync(scope.ServiceProvider.GetRequiredService<BackPlanDb>(), owner, now, Lease, OutboxSender.BatchSize, Ct);
    }

    /// <summary>Claims batches until none is left (or, were leases ignored, a bound), each in a scope of its own, as the sender does.</summary>
    private async Task<List<Guid>> ClaimAllAsync(string owner)
    {
        await Task.Yield();
        var claimed = new List<Guid>();
        for (var round = 0; round < 50 && await ClaimAsync(owner, DateTime.UtcNow) is { Count: > 0 } batch; round++)
        {
            claimed.AddRange(batch.Select(m => m.Id));
        }

        return claimed;
    }

    private static Task<List<Guid>> QueueAsync(TestClinic clinic, int count, string kind) => clinic.QueryAsync(async db =>
    {
        // This class's app is its own: what earlier tests left unsent would come first in the claim's
        // send order (a batch is 50) and hide this test's messages, so it counts as sent from here on.
        await db.Outbox.IgnoreQueryFilters().Where(m => m.SentAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.SentAt, DateTime.UtcNow), Ct);
        var messages = Enumerable.Range(0, count).Select(i => new OutboxMessage
        {
            Kind = kind, To = $"{kind}-{i}-{clinic.Tag}@example.com", Subject = "Lease", TextBody = "Body", SendAfter = DateTime.UtcNow.AddMinutes(-10).AddMilliseconds(i), // all due, in a known order
        }).ToList();
        db.Outbox.AddRange(messages);
        await db.SaveChangesAsync(Ct);
        return messages.Select(m => m.Id).ToList();
    });

    /// <summary>A clinic whose patient (with an email address) has an episode opened ten days ago: the baseline form is overdue.</summary>
    private async Task<TestClinic> OverdueFormClinicAsync()
    {
        var clinic = await TestClinic.CreateAsync(app);
        await clinic.QueryAsync(async db =>
        {
            (await db.Patients.SingleAsync(p => p.Id == clinic.PatientId, Ct)).Email = $"pat-{clinic.Tag}@example.com";
            var opened = DateTime.UtcNow.AddDays(-10);
            db.Episodes.Add(new Episode
            {
                PatientId = clinic.PatientId,
                OnsetDate = DateOnly.FromDateTime(opened.AddDays(-40)),
                StartedOn = DateOnly.FromDateTime(opened),
                CreatedAt = opened,
                CreatedBy = "test",
            });
            return await db.SaveChangesAsync(Ct);
        });
        return clinic;
    }

    private static Task<int> RemindersAsync(TestClinic clinic) => clinic.QueryAsync(db => db.Outbox.CountAsync(m => m.Kind == "form-overdue", Ct));
}
