using ClearanceWorkflow.Service.Storage;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace ClearanceWorkflow.Service.Health;

/// <summary>Storage is ready when the documents container answers and the storage circuit is closed.</summary>
public sealed class StorageHealthCheck(StorageConnection storage, StorageCircuit circuit) : IHealthCheck
{
    /// <summary>The data key saying whether the probe answered (<c>Up</c>/<c>Down</c>).</summary>
    public const string Probe = "probe";

    /// <inheritdoc />
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var data = new Dictionary<string, object> { ["circuit"] = circuit.IsOpen ? "Open" : "Closed" };
        try
        {
            await storage.Blobs.GetBlobContainerClient(StorageNames.DocumentsContainer).ExistsAsync(cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            data[Probe] = "Down";
            return HealthCheckResult.Unhealthy("storage does not answer", data: data);
        }
        data[Probe] = "Up";
        return circuit.IsOpen
            ? HealthCheckResult.Unhealthy("storage answers again, its circuit is still open", data: data)
            : HealthCheckResult.Healthy("storage answers", data);
    }
}
