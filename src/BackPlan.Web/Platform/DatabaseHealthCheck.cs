using BackPlan.Web.Data;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace BackPlan.Web.Platform;

/// <summary>
/// Can the app reach its database: probed at most once per <see cref="MaxAge"/>, however many
/// callers ask (load balancers and monitors poll /health often; a probe per call cost a
/// connection each and held /health to 5 % of plain Kestrel). Callers that arrive while a probe
/// runs wait for that probe.
/// </summary>
public sealed class DatabaseHealthCheck(IServiceScopeFactory scopes, TimeProvider time) : IHealthCheck
{
    public static readonly TimeSpan MaxAge = TimeSpan.FromSeconds(1);

    private readonly Lock _gate = new();
    private Task<HealthCheckResult>? _probe;
    private DateTimeOffset _probedAt;

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            if (_probe is null || (_probe.IsCompleted && time.GetUtcNow() - _probedAt >= MaxAge))
            {
                _probedAt = time.GetUtcNow();
                _probe = ProbeAsync();
            }

            return _probe;
        }
    }

    private async Task<HealthCheckResult> ProbeAsync()
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<BackPlanDb>();
            return await db.Database.CanConnectAsync()
                ? HealthCheckResult.Healthy()
                : HealthCheckResult.Unhealthy("The database cannot be reached.");
        }
        catch (Exception e)
        {
            return HealthCheckResult.Unhealthy("The database cannot be reached.", e);
        }
    }
}
