using System.IO.Compression;
using System.Text;
using Azure;
using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Azure.Storage.Queues;
using Azure.Storage.Queues.Models;
using UglyToad.PdfPig;

namespace ClearanceWorkflow.TestSupport;

/// <summary>
/// Reads everything a storage account holds and says where any of the given texts occurs: every table row, every blob
/// in every state (snapshots, versions, soft-deleted and uncommitted ones too), gzip-compressed ones unpacked as the
/// durable backend stores large messages, and the text of every PDF extracted (a rendered letter holds glyph ids, not
/// the letters' bytes); and every visible queue message, read without losing any (see <see cref="FindInQueuesAsync"/>).
/// </summary>
public static class StorageSearch
{
    /// <summary>Each place (table/partition/row, container/blob) that holds one of <paramref name="texts"/>, with the text found.</summary>
    public static async Task<IReadOnlyList<string>> FindAsync(string connectionString, params string[] texts)
    {
        var found = new List<string>();
        void Look(string place, string content) => found.AddRange(Matches(place, content, texts));

        var tables = new TableServiceClient(connectionString);
        await foreach (var table in tables.QueryAsync())
        {
            await foreach (var row in tables.GetTableClient(table.Name).QueryAsync<TableEntity>())
            {
                Look($"table {table.Name} {row.PartitionKey}/{row.RowKey}",
                    row.PartitionKey + "|" + row.RowKey + "|" + string.Join("|", row.Select(p => $"{p.Key}={Value(p.Value)}")));
            }
        }
        var blobs = new BlobServiceClient(connectionString);
        await foreach (var container in blobs.GetBlobContainersAsync(BlobContainerTraits.Metadata, BlobContainerStates.Deleted))
        {
            if (container.IsDeleted == true)
            {
                // A soft-deleted container cannot be listed until it is restored: its name is all there is to read.
                Look($"deleted container {container.Name}", container.Name);
                continue;
            }
            var client = blobs.GetBlobContainerClient(container.Name);
            await foreach (var blob in client.GetBlobsAsync(BlobTraits.Metadata, BlobStates.All, prefix: null, CancellationToken.None))
            {
                var place = $"blob {container.Name}/{blob.Name}{State(blob)}";
                Look(place, blob.Name + "|" + string.Join("|", blob.Metadata.Select(m => $"{m.Key}={Uri.UnescapeDataString(m.Value)}"))
                    + "|" + await ContentAsync(client, blob));
            }
        }
        return found;
    }

    /// <summary>
    /// Each queue message that holds one of <paramref name="texts"/>. Every visible message is received, in batches of 32
    /// hidden for a minute, until none is left, then each is made visible again, so nothing is lost or skipped; call it
    /// while no server reads the queues. What cannot be read is what is invisible: a durable timer waiting to fire
    /// (DurableTask.AzureStorage's message holds the instance id, the execution id, the timer id and when it fires; the
    /// instance id is the case number, never personal data) and a message a stopped server had taken and not finished
    /// (invisible until its visibility timeout ends).
    /// </summary>
    public static async Task<IReadOnlyList<string>> FindInQueuesAsync(string connectionString, params string[] texts)
    {
        var found = new List<string>();
        var queues = new QueueServiceClient(connectionString);
        await foreach (var queue in queues.GetQueuesAsync())
        {
            var client = queues.GetQueueClient(queue.Name);
            var taken = new List<QueueMessage>();
            try
            {
                while ((await client.ReceiveMessagesAsync(32, TimeSpan.FromMinutes(1))).Value is { Length: > 0 } batch)
                {
                    taken.AddRange(batch);
                }
                foreach (var message in taken)
                {
                    found.AddRange(Matches($"queue {queue.Name} message {message.MessageId}", Text(message.Body.ToArray()), texts));
                }
            }
            finally
            {
                foreach (var message in taken)
                {
                    await client.UpdateMessageAsync(message.MessageId, message.PopReceipt, visibilityTimeout: TimeSpan.Zero);
                }
            }
        }
        return found;
    }

    /// <summary>
    /// Every blob (in any state) whose name starts with <paramref name="caseNumber"/>, and every table row whose partition
    /// or row key holds it: what is still keyed by a case.
    /// </summary>
    public static async Task<IReadOnlyList<string>> KeyedByAsync(string connectionString, string caseNumber)
    {
        var found = new List<string>();
        var tables = new TableServiceClient(connectionString);
        await foreach (var table in tables.QueryAsync())
        {
            await foreach (var row in tables.GetTableClient(table.Name).QueryAsync<TableEntity>())
            {
                if (row.PartitionKey.Contains(caseNumber, StringComparison.Ordinal) || row.RowKey.Contains(caseNumber, StringComparison.Ordinal))
                {
                    found.Add($"table {table.Name} {row.PartitionKey}/{row.RowKey}: {string.Join(", ", row.Keys.Where(k => k is not ("odata.etag" or "Timestamp" or "PartitionKey" or "RowKey")).Order(StringComparer.Ordinal))}");
                }
            }
        }
        var blobs = new BlobServiceClient(connectionString);
        await foreach (var container in blobs.GetBlobContainersAsync())
        {
            await foreach (var blob in blobs.GetBlobContainerClient(container.Name).GetBlobsAsync(BlobTraits.None, BlobStates.All, caseNumber, CancellationToken.None))
            {
                found.Add($"blob {container.Name}/{blob.Name}{State(blob)}");
            }
        }
        return found;
    }

    /// <summary>The text of a blob: unpacked when gzip-compressed, and with the text of its pages when it is a PDF.</summary>
    public static string Text(byte[] bytes)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        if (bytes is [0x1f, 0x8b, ..])
        {
            using var gzip = new GZipStream(new MemoryStream(bytes), CompressionMode.Decompress);
            using var unpacked = new MemoryStream();
            gzip.CopyTo(unpacked);
            bytes = unpacked.ToArray();
        }
        var raw = Encoding.UTF8.GetString(bytes);
        return bytes is [(byte)'%', (byte)'P', (byte)'D', (byte)'F', ..] ? raw + "|" + PdfText(bytes) : raw;
    }

    private static string PdfText(byte[] bytes)
    {
        try
        {
            using var document = PdfDocument.Open(bytes);
            return string.Join("|", document.GetPages().Select(p => p.Text + "|" + string.Join(" ", p.GetWords().Select(w => w.Text))));
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // Not a whole PDF (a scanning station's few bytes of header, say): its raw bytes were searched already.
            return "";
        }
    }

    private static IEnumerable<string> Matches(string place, string content, string[] texts) =>
        texts.Where(t => content.Contains(t, StringComparison.OrdinalIgnoreCase)).Select(t => $"{place}: '{t}'");

    private static async Task<string> ContentAsync(BlobContainerClient container, BlobItem blob)
    {
        if (blob.Deleted)
        {
            // A soft-deleted blob cannot be read until it is restored: its name and metadata are what can be searched.
            return "";
        }
        var client = container.GetBlobClient(blob.Name);
        client = blob.Snapshot is { } snapshot ? client.WithSnapshot(snapshot) : blob.VersionId is { } version ? client.WithVersion(version) : client;
        try
        {
            return Text((await client.DownloadContentAsync()).Value.Content.ToArray());
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            // Deleted since it was listed, or an uncommitted blob (staged blocks only, nothing to download).
            return "";
        }
    }

    private static string State(BlobItem blob) =>
        (blob.Deleted ? " (deleted)" : "") + (blob.Snapshot is { } s ? $" (snapshot {s})" : "")
        + (blob.VersionId is { } v && blob.IsLatestVersion != true ? $" (version {v})" : "");

    private static string? Value(object? value) => value is byte[] bytes ? Text(bytes) : Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture);
}
