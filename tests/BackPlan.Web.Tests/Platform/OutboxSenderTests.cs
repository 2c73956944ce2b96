using BackPlan.Web.Platform.Email;
using BackPlan.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BackPlan.Web.Tests.Platform;

/// <summary>The sender's background pass (the default test app: mail to the pickup folder).</summary>
public sealed class OutboxSenderTests(BackPlanApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Pass_WithABacklogOfSeveralBatches_SendsAllOfIt()
    {
        var clinic = await TestClinic.CreateAsync(app);
        var backlog = (OutboxSender.BatchSize * 2) + 20;
        await clinic.QueryAsync(async db =>
        {
            db.Outbox.AddRange(Enumerable.Range(0, backlog).Select(i => new OutboxMessage
            {
                Kind = "test", To = $"backlog-{i}-{clinic.Tag}@example.com", Subject = "Backlog", TextBody = "Body", SendAfter = DateTime.UtcNow.AddMinutes(-1),
            }));
            return await db.SaveChangesAsync(Ct);
        });

        await app.Services.GetRequiredService<OutboxSender>().DrainAsync(Ct);

        var unsent = await clinic.QueryAsync(db => db.Outbox.CountAsync(m => m.To.StartsWith("backlog-") && m.SentAt == null, Ct));
        Assert.Equal(0, unsent);
    }
}
