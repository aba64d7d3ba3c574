using Azure;
using Azure.Data.Tables;

namespace ClearanceWorkflow.Service.Storage;

/// <summary>
/// Where a case has records in stores keyed by something other than its number (a verification code, the hash of an
/// idempotency key, a quarantined scan's hashed name): one row per record in the case's own partition, written before the
/// record itself. Destroying or purging a case reads its partition alone, so the cost follows the case, not the store.
/// The rows hold store names and keys only, never personal data.
/// </summary>
public sealed class CaseRecordPointers(StorageConnection storage)
{
    private const string RowKind = "row";
    private const string BlobKind = "blob";

    private TableClient Table => storage.Tables.GetTableClient(StorageNames.CaseRecordsTable);

    /// <summary>Remembers that <paramref name="caseNumber"/> has the row (<paramref name="partitionKey"/>, <paramref name="rowKey"/>) in <paramref name="table"/>.</summary>
    public Task RememberRowAsync(string caseNumber, string table, string partitionKey, string rowKey, CancellationToken cancellationToken) =>
        RememberAsync(caseNumber, RowKind, table, partitionKey, rowKey, cancellationToken);

    /// <summary>Remembers that <paramref name="caseNumber"/> has the blob <paramref name="name"/> in <paramref name="container"/>.</summary>
    public Task RememberBlobAsync(string caseNumber, string container, string name, CancellationToken cancellationToken) =>
        RememberAsync(caseNumber, BlobKind, container, name, "", cancellationToken);

    /// <summary>Deletes every record remembered for <paramref name="caseNumber"/>, then the pointers; a retry finishes the job.</summary>
    public async Task DeleteAllAsync(string caseNumber, CancellationToken cancellationToken)
    {
        await foreach (var pointer in Table.QueryAsync<TableEntity>(p => p.PartitionKey == caseNumber, cancellationToken: cancellationToken))
        {
            var (store, key, row) = (pointer.GetString("Store"), pointer.GetString("Key"), pointer.GetString("Row"));
            if (pointer.GetString("Kind") == BlobKind)
            {
                await storage.Blobs.GetBlobContainerClient(store).DeleteBlobIfExistsAsync(key,
                    Azure.Storage.Blobs.Models.DeleteSnapshotsOption.IncludeSnapshots, cancellationToken: cancellationToken);
            }
            else
            {
                await DeleteRowIfExistsAsync(storage.Tables.GetTableClient(store), key, row, cancellationToken);
            }
            await DeleteRowIfExistsAsync(Table, pointer.PartitionKey, pointer.RowKey, cancellationToken);
        }
    }

    private async Task RememberAsync(string caseNumber, string kind, string store, string key, string row, CancellationToken cancellationToken) =>
        await Table.UpsertEntityAsync(new TableEntity(caseNumber, IdempotencyKeys.Hash($"{kind}|{store}|{key}|{row}")[..32])
        {
            ["Kind"] = kind,
            ["Store"] = store,
            ["Key"] = key,
            ["Row"] = row,
        }, TableUpdateMode.Replace, cancellationToken);

    private static async Task DeleteRowIfExistsAsync(TableClient table, string partitionKey, string rowKey, CancellationToken cancellationToken)
    {
        try
        {
            await table.DeleteEntityAsync(partitionKey, rowKey, ETag.All, cancellationToken);
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            // Already gone: an earlier attempt deleted it.
        }
    }
}
