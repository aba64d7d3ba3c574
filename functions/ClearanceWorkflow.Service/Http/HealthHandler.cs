using ClearanceWorkflow.Core.Cases;
using ClearanceWorkflow.Service.Storage;
using Microsoft.AspNetCore.Http;
using Microsoft.DurableTask.Client;

namespace ClearanceWorkflow.Service.Http;

/// <summary><c>GET /api/health</c>: liveness, and whether storage and the durable backend answer.</summary>
public sealed class HealthHandler(StorageConnection storage, StorageCircuit circuit, Documents.PoisonScans poison)
{
    private static readonly TimeSpan ProbeTimeout = TimeSpan.FromSeconds(3);

    /// <summary>Handles the request.</summary>
    public async Task<IResult> HandleAsync(HttpRequest request, DurableTaskClient client)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(client);
        var storageUp = await ProbeAsync(ct => storage.Blobs.GetBlobContainerClient(StorageNames.DocumentsContainer).ExistsAsync(ct));
        var durableUp = await ProbeAsync(ct => client.GetInstanceAsync("health-probe", ct));
        var healthy = storageUp && durableUp && !circuit.IsOpen;
        return Results.Json(new HealthAnswer(
            healthy ? "Healthy" : "Unhealthy", storageUp ? "Up" : "Down", durableUp ? "Up" : "Down", circuit.IsOpen ? "Open" : "Closed", poison.Count),
            CaseJson.Options, statusCode: healthy ? 200 : 503);
    }

    private static async Task<bool> ProbeAsync<T>(Func<CancellationToken, Task<T>> probe)
    {
        using var timeout = new CancellationTokenSource(ProbeTimeout);
        try
        {
            await probe(timeout.Token);
            return true;
        }
        catch (Exception)
        {
            return false;
        }
    }
}
