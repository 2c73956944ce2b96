using BackPlan.Web.Data;
using BackPlan.Web.Platform.Auditing;
using BackPlan.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BackPlan.Web.Tests.Platform;

/// <summary>The tamper-evident audit (decision 0031), on both databases: one chain per clinic, verified link by link, rows that cannot be changed.</summary>
public class AuditChainTests(BackPlanApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ChangesAndReads_FormOneIntactChain_NumberedFromOne()
    {
        var clinic = await TestClinic.CreateAsync(app);
        var patient = await clinic.RegisterPatientAsync("Chain", "Linked" + clinic.Tag);
        using var client = await clinic.ClientAsAsync(clinic.PractitionerEmail);
        (await client.GetAsync($"/api/v1/patients/{patient.Id}", Ct)).EnsureSuccessStatusCode();

        var entries = await clinic.QueryAsync(db => db.AuditEntries.OrderBy(e => e.Sequence).ToListAsync(Ct));
        Assert.Contains(entries, e => e.Action == "patient.read");
        Assert.Equal(Enumerable.Range(1, entries.Count).Select(i => (long?)i), entries.Select(e => e.Sequence));
        Assert.Equal(AuditChain.HashOf(null, entries[0]), entries[0].Hash);
        Assert.Equal(AuditChain.HashOf(entries[^2].Hash, entries[^1]), entries[^1].Hash);

        var report = await VerifyAsync(clinic.Id);
        Assert.Null(report.Break);
        Assert.Equal(entries.Count, report.Verified);
        Assert.Equal(entries[^1].Hash, report.HeadHash);
        Assert.Equal(0, report.BeforeTheChain);
    }

    [Fact]
    public async Task ConcurrentWriters_OfOneClinic_NeverFork()
    {
        var clinic = await TestClinic.CreateAsync(app);
        var before = await clinic.QueryAsync(db => db.AuditEntries.CountAsync(Ct));
        var writer = app.Services.GetRequiredService<AuditWriter>();

        // Changes audited in the save's transaction and reads through the group commit, all at once.
        var saves = Enumerable.Range(0, 12).Select(i => clinic.InScopeAsync(async sp =>
        {
            await sp.GetRequiredService<AuditLog>().RecordAsync("test.concurrent", clinic.PatientId, $"save {i}", Ct);
            return i;
        }));
        var reads = Enumerable.Range(0, 12).Select(i => writer.WriteAsync(new AuditEntry
        {
            ClinicId = clinic.Id,
            At = DateTime.UtcNow,
            UserName = "test",
            Action = "test.concurrent",
            Detail = $"read {i}",
        }));
        await Task.WhenAll(saves.Cast<Task>().Concat(reads));

        var report = await VerifyAsync(clinic.Id);
        Assert.Null(report.Break);
        Assert.Equal(before + 24, report.Verified);
    }

    [Fact]
    public async Task AnEntryWrittenWithAWrongHash_IsTheFirstBrokenLink()
    {
        var clinic = await TestClinic.CreateAsync(app);
        var head = (await VerifyAsync(clinic.Id)).Verified;
        var id = Guid.CreateVersion7();
        await InsertAsync(clinic.Id, id, head + 1, new string('0', 64), DateTime.UtcNow);

        var broken = (await VerifyAsync(clinic.Id)).Break;

        Assert.NotNull(broken);
        Assert.Equal(head + 1, broken.Sequence);
        Assert.Equal(id, broken.EntryId);
        Assert.Contains("does not match its hash", broken.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AGapInTheChain_IsReportedAsAMissingEntry()
    {
        var clinic = await TestClinic.CreateAsync(app);
        var head = (await VerifyAsync(clinic.Id)).Verified;
        await InsertAsync(clinic.Id, Guid.CreateVersion7(), head + 2, new string('0', 64), DateTime.UtcNow);

        var broken = (await VerifyAsync(clinic.Id)).Break;

        Assert.NotNull(broken);
        Assert.Equal(head + 1, broken.Sequence);
        Assert.Contains($"entry {head + 1} is missing", broken.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EntriesOutsideTheChain_CountAsOlder_OrBreakItWhenNewer()
    {
        var clinic = await TestClinic.CreateAsync(app);
        await InsertAsync(clinic.Id, Guid.CreateVersion7(), null, null, DateTime.UtcNow.AddYears(-1));

        var older = await VerifyAsync(clinic.Id);
        Assert.Null(older.Break);
        Assert.Equal(1, older.BeforeTheChain);

        var slipped = Guid.CreateVersion7();
        await InsertAsync(clinic.Id, slipped, null, null, DateTime.UtcNow.AddMinutes(1));
        var newer = await VerifyAsync(clinic.Id);
        Assert.Equal(slipped, newer.Break?.EntryId);
        Assert.Contains("without a place in the chain", newer.Break!.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""UPDATE "AuditEntries" SET "Detail" = 'rewritten' WHERE "ClinicId" = {0}""")]
    [InlineData("""DELETE FROM "AuditEntries" WHERE "ClinicId" = {0}""")]
    public async Task TheDatabase_RefusesToChangeOrDeleteAuditRows(string sql)
    {
        var clinic = await TestClinic.CreateAsync(app);
        var count = await clinic.QueryAsync(db => db.AuditEntries.CountAsync(Ct));
        Assert.True(count > 0);

        var refused = await Assert.ThrowsAnyAsync<Exception>(() => clinic.QueryAsync(db => db.Database.ExecuteSqlRawAsync(sql, [clinic.Id], Ct)));

        Assert.Contains("audit entries cannot be changed or deleted", refused.Message, StringComparison.Ordinal);
        Assert.Equal(count, await clinic.QueryAsync(db => db.AuditEntries.CountAsync(e => e.Detail != "rewritten", Ct)));
    }

    [Fact]
    public async Task PostgreSql_RefusesToTruncateTheAuditTable()
    {
        Assert.SkipUnless(app.Provider == "Postgres", "TRUNCATE is PostgreSQL's; SQLite has none.");
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BackPlanDb>();
        // In a transaction that is rolled back, so a missing trigger could not empty the shared test database.
        await using var transaction = await db.Database.BeginTransactionAsync(Ct);

        var refused = await Assert.ThrowsAnyAsync<Exception>(() => db.Database.ExecuteSqlRawAsync("""TRUNCATE "AuditEntries" """, Ct));

        Assert.Contains("audit entries cannot be changed or deleted", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheApp_RefusesToSaveAChangedOrDeletedAuditEntry()
    {
        var clinic = await TestClinic.CreateAsync(app);

        var refused = await Assert.ThrowsAsync<InvalidOperationException>(() => clinic.QueryAsync(async db =>
        {
            var entry = await db.AuditEntries.FirstAsync(Ct);
            entry.Detail = "rewritten";
            return await db.SaveChangesAsync(Ct);
        }));

        Assert.Equal("Audit entries cannot be changed or deleted.", refused.Message);
        Assert.Null((await VerifyAsync(clinic.Id)).Break);
    }

    private Task<AuditChainReport> VerifyAsync(Guid clinicId) =>
        InScopeAsync(async db => Assert.Single(await AuditChainVerifier.VerifyAsync(db, clinicId, Ct)));

    // Written past the app (as someone with the database's password could): the interceptor would link it.
    private Task<int> InsertAsync(Guid clinicId, Guid id, long? sequence, string? hash, DateTime at) => InScopeAsync(db => db.Database.ExecuteSqlAsync($"""
        INSERT INTO "AuditEntries" ("Id", "ClinicId", "At", "UserName", "Action", "Sequence", "Hash")
        VALUES ({id}, {clinicId}, {at}, {"intruder"}, {"patient.read"}, {sequence}, {hash})
        """, Ct));

    private async Task<T> InScopeAsync<T>(Func<BackPlanDb, Task<T>> act)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await act(scope.ServiceProvider.GetRequiredService<BackPlanDb>());
    }
}
