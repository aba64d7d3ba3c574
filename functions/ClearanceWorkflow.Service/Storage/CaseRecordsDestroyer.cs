using Azure;
using Azure.Data.Tables;
using Azure.Storage.Blobs.Models;
using ClearanceWorkflow.Core.Activities;

namespace ClearanceWorkflow.Service.Storage;

/// <summary>
/// Removes every record of a case kept outside its orchestration: its documents, correspondence, leftover and quarantined
/// scans, timeline, outbox rows, verification codes, idempotency keys, the Functions host's poison messages naming its
/// scans, and its closed record (if it left the durable
/// backend); replaces its index rows with a tombstone; and
/// asks for the orchestration's history to be purged. Each step deletes what is there, so a retry finishes the job, and
/// reads only the case's own prefixes, partitions and pointers, so the cost follows the case, not the size of the stores.
/// </summary>
public sealed class CaseRecordsDestroyer(
    StorageConnection storage, TableCaseIndex index, CaseHistoryPurges purges, CaseRecordPointers pointers, ClosedCaseArchive archive,
    TriggerPoisonQueue poison)
    : ICaseRecordsDestroyer
{
    /// <inheritdoc />
    public async Task DestroyAsync(CaseTombstone tombstone, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(tombstone);
        var caseNumber = tombstone.CaseNumber;
        // The purge request first: whatever else fails after it, the history is still purged once the case has finished.
        await purges.RequestAsync(caseNumber, cancellationToken);
        foreach (var container in new[] { StorageNames.DocumentsContainer, StorageNames.CorrespondenceContainer, StorageNames.ScansContainer })
        {
            await DeleteBlobsAsync(container, prefix: $"{caseNumber}/", cancellationToken);
        }
        await DeleteRowsAsync(StorageNames.TimelineTable, TableClient.CreateQueryFilter($"PartitionKey eq {caseNumber}"), cancellationToken);
        // The outbox keys its rows by case and item; verification codes, idempotency keys and quarantined scans are found
        // through the case's pointers. Every read here is of this case's rows alone.
        await DeleteRowsAsync(StorageNames.OutboxTable, TableOutbox.RowsOf(caseNumber), cancellationToken);
        await pointers.DeleteAllAsync(caseNumber, cancellationToken);
        await poison.ForgetAsync(caseNumber, cancellationToken);
        await archive.ForgetAsync(caseNumber, cancellationToken);
        await index.ReplaceWithTombstoneAsync(tombstone, cancellationToken);
    }

    private async Task DeleteBlobsAsync(string container, string prefix, CancellationToken cancellationToken)
    {
        var client = storage.Blobs.GetBlobContainerClient(container);
        await foreach (var blob in client.GetBlobsAsync(BlobTraits.None, BlobStates.None, prefix, cancellationToken))
        {
            await client.DeleteBlobIfExistsAsync(blob.Name, DeleteSnapshotsOption.IncludeSnapshots, cancellationToken: cancellationToken);
        }
    }

    private async Task DeleteRowsAsync(string tableName, string filter, CancellationToken cancellationToken)
    {
        var table = storage.Tables.GetTableClient(tableName);
        await foreach (var row in table.QueryAsync<TableEntity>(filter, select: ["PartitionKey", "RowKey"], cancellationToken: cancellationToken))
        {
            await table.DeleteEntityAsync(row.PartitionKey, row.RowKey, ETag.All, cancellationToken);
        }
    }
}
