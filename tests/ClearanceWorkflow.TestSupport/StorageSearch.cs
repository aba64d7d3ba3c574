using System.IO.Compression;
using System.Text;
using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Azure.Storage.Queues;

namespace ClearanceWorkflow.TestSupport;

/// <summary>
/// Reads everything a storage account holds, every table row, every blob (gzip-compressed ones unpacked, as the durable
/// backend stores large messages) and every visible queue message, and says where any of the given texts occurs.
/// </summary>
public static class StorageSearch
{
    /// <summary>Each place (table/partition/row, container/blob, queue) that holds one of <paramref name="texts"/>, with the text found.</summary>
    public static async Task<IReadOnlyList<string>> FindAsync(string connectionString, params string[] texts)
    {
        var found = new List<string>();
        void Look(string place, string content) =>
            found.AddRange(texts.Where(t => content.Contains(t, StringComparison.OrdinalIgnoreCase)).Select(t => $"{place}: '{t}'"));

        var tables = new TableServiceClient(connectionString);
        await foreach (var table in tables.QueryAsync())
        {
            await foreach (var row in tables.GetTableClient(table.Name).QueryAsync<TableEntity>())
            {
                Look($"table {table.Name} {row.PartitionKey}/{row.RowKey}", string.Join("|", row.Select(p => $"{p.Key}={p.Value}")));
            }
        }
        var blobs = new BlobServiceClient(connectionString);
        await foreach (var container in blobs.GetBlobContainersAsync())
        {
            var client = blobs.GetBlobContainerClient(container.Name);
            await foreach (var blob in client.GetBlobsAsync(Azure.Storage.Blobs.Models.BlobTraits.Metadata, Azure.Storage.Blobs.Models.BlobStates.None, prefix: null, CancellationToken.None))
            {
                var bytes = (await client.GetBlobClient(blob.Name).DownloadContentAsync()).Value.Content.ToArray();
                Look($"blob {container.Name}/{blob.Name}", blob.Name + string.Concat(blob.Metadata.Values) + Text(bytes));
            }
        }
        var queues = new QueueServiceClient(connectionString);
        await foreach (var queue in queues.GetQueuesAsync())
        {
            foreach (var message in (await queues.GetQueueClient(queue.Name).PeekMessagesAsync(32)).Value)
            {
                Look($"queue {queue.Name}", message.Body.ToString());
            }
        }
        return found;
    }

    private static string Text(byte[] bytes)
    {
        if (bytes is [0x1f, 0x8b, ..])
        {
            using var gzip = new GZipStream(new MemoryStream(bytes), CompressionMode.Decompress);
            using var unpacked = new MemoryStream();
            gzip.CopyTo(unpacked);
            bytes = unpacked.ToArray();
        }
        return Encoding.UTF8.GetString(bytes);
    }
}
