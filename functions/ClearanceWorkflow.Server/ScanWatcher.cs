using Azure;
using ClearanceWorkflow.Service.Documents;
using ClearanceWorkflow.Service.Storage;
using Microsoft.DurableTask.Client;

namespace ClearanceWorkflow.Server;

/// <summary>
/// The server's stand-in for the Functions blob trigger: lists the <c>scans</c> container every second and ingests
/// the blobs listed: several cases at once, the scans of one case one after another (so its cap on documents counts each
/// scan before it). Ingestion is idempotent, so several server processes may watch the same container.
/// </summary>
public sealed class ScanWatcher(
    StorageConnection storage,
    ScanIngestor ingestor,
    PoisonScans poison,
    DurableTaskClient client,
    StorageCircuit circuit,
    ILogger<ScanWatcher> logger) : BackgroundService
{
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(1);

    /// <summary>
    /// Cases whose scans are ingested at once. Each scan waits mostly on storage round trips (read, list, copy, raise the event, delete),
    /// so several in flight multiply the rate; more would only queue up in front of storage and the durable backend.
    /// </summary>
    public const int Parallelism = 16;

    /// <summary>
    /// One scan's failure is left for the next pass and never holds up the others. A scan that fails for a reason of its own
    /// (storage refuses its name, or lists it but cannot find it by that name) is set aside after a few passes and reported
    /// once, by a hash of its name (a name may hold a person's name). A failure of storage or of the durable backend (down,
    /// restarting, timing out) says nothing about the scan: it is retried on every pass and never sets the scan aside.
    /// </summary>
    private async Task IngestOneAsync(string blobName, CancellationToken cancellationToken)
    {
        if (poison.IsSetAside(blobName))
        {
            return;
        }
        string? error;
        try
        {
            // Listed yet not there when read by name: a name storage cannot address (a trailing slash, say), unless another
            // process took the scan meanwhile; only a scan that is listed again and again counts as poison.
            error = await ingestor.IngestAsync(blobName, client, cancellationToken) == ScanDisposition.Gone
                ? "listed, but not found by its name"
                : null;
        }
        catch (RequestFailedException e) when (e.Status is >= 400 and < 500 and not (408 or 429))
        {
            error = FirstLine(e.Message);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogWarning("Scan {ScanHash} not ingested on this pass, retried on the next: {Error}",
                IdempotencyKeys.Hash(blobName)[..16], FirstLine(e.GetBaseException().Message));
            return;
        }
        if (error is null)
        {
            poison.Forget(blobName);
        }
        else if (poison.Failed(blobName))
        {
            logger.LogError("Scan {ScanHash} set aside after {Attempts} failed attempts; it is not retried until a restart: {Error}",
                IdempotencyKeys.Hash(blobName)[..16], PoisonScans.Attempts, error);
        }
    }

    private static string FirstLine(string message) => message.Split('\n', 2)[0].Trim();

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
                    var listed = new HashSet<string>(StringComparer.Ordinal);
                    await foreach (var blob in scans.GetBlobsAsync(cancellationToken: ct))
                    {
                        listed.Add(blob.Name);
                    }
                    var byCase = listed.GroupBy(name => name.Split('/', 2)[0], StringComparer.Ordinal);
                    await Parallel.ForEachAsync(byCase, new ParallelOptions { MaxDegreeOfParallelism = Parallelism, CancellationToken = ct },
                        async (scansOfCase, token) =>
                        {
                            foreach (var name in scansOfCase.Order(StringComparer.Ordinal))
                            {
                                await IngestOneAsync(name, token);
                            }
                        });
                    poison.KeepOnly(listed);
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
