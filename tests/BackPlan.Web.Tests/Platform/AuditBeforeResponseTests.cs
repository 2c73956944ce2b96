using BackPlan.Web.Data;
using BackPlan.Web.Platform.Auditing;
using BackPlan.Web.Tests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace BackPlan.Web.Tests.Platform;

/// <summary>An app whose read-audit commits wait at a gate the test opens.</summary>
public sealed class AuditGateApp : BackPlanApp
{
    public AuditGate Gate { get; } = new();

    protected override void Configure(IWebHostBuilder builder) => builder.ConfigureTestServices(services =>
    {
        services.ConfigureDbContext<SqliteBackPlanDb>(o => o.AddInterceptors(Gate));
        services.ConfigureDbContext<PostgresBackPlanDb>(o => o.AddInterceptors(Gate));
    });
}

/// <summary>Holds every save of a patient.read audit entry until <see cref="Open"/>.</summary>
public sealed class AuditGate : SaveChangesInterceptor
{
    private readonly TaskCompletionSource _open = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public TaskCompletionSource Reached { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public void Open() => _open.TrySetResult();

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context!.ChangeTracker.Entries<AuditEntry>().Any(e => e.State == EntityState.Added && e.Entity.Action == "patient.read"))
        {
            Reached.TrySetResult();
            await _open.Task;
        }

        return result;
    }
}

public sealed class AuditBeforeResponseTests(AuditGateApp app) : IClassFixture<AuditGateApp>
{
    [Fact]
    public async Task PatientRead_ResponseStartsOnlyAfterItsAuditEntryIsCommitted()
    {
        var ct = TestContext.Current.CancellationToken;
        var clinic = await TestClinic.CreateAsync(app);
        var patient = await clinic.RegisterPatientAsync("Gated", "Reader" + clinic.Tag);
        using var client = await clinic.ClientAsAsync(clinic.PractitionerEmail);

        var read = client.GetAsync($"/api/v1/patients/{patient.Id}", HttpCompletionOption.ResponseHeadersRead, ct);
        await app.Gate.Reached.Task.WaitAsync(TimeSpan.FromSeconds(30), ct);
        await Task.Delay(300, ct);
        Assert.False(read.IsCompleted, "the response started before its audit entry was committed");

        app.Gate.Open();
        using var response = await read;
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BackPlanDb>();
        Assert.True(await db.AuditEntries.IgnoreQueryFilters().AnyAsync(e => e.Action == "patient.read" && e.PatientId == patient.Id, ct));
    }
}
