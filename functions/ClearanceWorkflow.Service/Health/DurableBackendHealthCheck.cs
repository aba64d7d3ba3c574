using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace ClearanceWorkflow.Service.Health;

/// <summary>The durable backend is ready when the task hub answers a lookup of an instance.</summary>
public sealed class DurableBackendHealthCheck(DurableProbeClient probe) : IHealthCheck
{
    /// <inheritdoc />
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (probe.Client is not { } client)
        {
            return HealthCheckResult.Unhealthy("no durable client was handed to the check");
        }
        try
        {
            await client.GetInstanceAsync("health-probe", cancellationToken);
            return HealthCheckResult.Healthy("the task hub answers");
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            return HealthCheckResult.Unhealthy("the task hub does not answer");
        }
    }
}
