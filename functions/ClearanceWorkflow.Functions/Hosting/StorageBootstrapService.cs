using ClearanceWorkflow.Service.Storage;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace ClearanceWorkflow.Functions.Hosting;

/// <summary>
/// Creates missing containers and tables once the worker has started. In Azure the infrastructure has created them
/// already and this finds nothing to do; against a fresh Azurite it makes the app usable. It runs in the background
/// (a worker that blocks its start-up is restarted by the host), so a request in the first moments on a fresh
/// emulator can still fail; while storage is down the shared circuit reports it in <c>/api/health</c>.
/// The task hub itself is created by the Functions host's durable extension.
/// </summary>
public sealed class StorageBootstrapService(StorageConnection storage, StorageCircuit circuit, ILogger<StorageBootstrapService> logger)
    : BackgroundService
{
    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await circuit.Pipeline.ExecuteAsync(async ct => await StorageBootstrap.EnsureCreatedAsync(storage, ct), stoppingToken);
            logger.LogInformation("Storage containers and tables are in place");
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping before storage answered: nothing to clean up.
        }
    }
}
