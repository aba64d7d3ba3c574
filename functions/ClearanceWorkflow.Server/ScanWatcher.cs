using ClearanceWorkflow.Service.Documents;
using ClearanceWorkflow.Service.Storage;
using Microsoft.DurableTask.Client;

namespace ClearanceWorkflow.Server;

/// <summary>
/// The server's stand-in for the Functions blob trigger: lists the <c>scans</c> container every second and ingests
/// each blob. Ingestion is idempotent, so several server processes may watch the same container.
/// </summary>
public sealed class ScanWatcher(
    StorageConnection storage,
    ScanIngestor ingestor,
    DurableTaskClient client,
    StorageCircuit circuit,
    ILogger<ScanWatcher> logger) : BackgroundService
{
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(1);

    /// <summary>One scan's failure is logged and left for the next pass; it never holds up the others.</summary>
    private async Task IngestOneAsync(string blobName, CancellationToken cancellationToken)
    {
        try
        {
            await ingestor.IngestAsync(blobName, client, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogWarning("Scan ingestion failed, will retry on the next pass: {Error}", e.GetBaseException().Message);
        }
    }

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var scans = storage.Blobs.GetBlobContainerClient(StorageNames.ScansContainer);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await circuit.Pipeline.ExecuteAsync(async ct =>
                {
                    await foreach (var blob in scans.GetBlobsAsync(cancellationToken: ct))
                    {
                        await IngestOneAsync(blob.Name, ct);
                    }
                }, stoppingToken);
                await Task.Delay(Interval, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                logger.LogError(e, "Scan watcher pass failed");
            }
        }
    }
}
