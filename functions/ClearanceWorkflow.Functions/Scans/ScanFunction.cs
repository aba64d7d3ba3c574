using Azure.Storage.Blobs;
using ClearanceWorkflow.Service.Documents;
using ClearanceWorkflow.Service.Storage;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;

namespace ClearanceWorkflow.Functions.Scans;

/// <summary>
/// A scanning station's blob in <c>scans</c>, delivered by Event Grid, becomes a document of its case or goes to
/// quarantine. A failure is thrown so that the trigger delivers the blob again; ingestion is idempotent. After five
/// failed deliveries the host puts the blob's name in <c>webjobs-blobtrigger-poison</c> (README, Operations).
/// </summary>
public sealed class ScanFunction(ScanIngestor ingestor)
{
    /// <summary>The function name.</summary>
    public const string Name = "IngestScan";

    /// <summary>The blob path the trigger watches; <c>{name}</c> is the whole blob name, folders included.</summary>
    public const string BlobPath = StorageNames.ScansContainer + "/{name}";

    /// <summary>Ingests one scan; the trigger's <see cref="BlobClient"/> is not read, the ingestor reads the blob itself.</summary>
    [Function(Name)]
    public Task IngestScan(
        [BlobTrigger(BlobPath, Source = BlobTriggerSource.EventGrid, Connection = StorageConnection.Setting)] BlobClient scan,
        string name,
        [DurableClient] DurableTaskClient client,
        CancellationToken cancellationToken) =>
        ingestor.IngestAsync(name, client, cancellationToken);
}
