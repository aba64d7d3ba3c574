using System.Security.Cryptography;
using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using ClearanceWorkflow.Core.Activities;
using ClearanceWorkflow.Core.Cases;
using ClearanceWorkflow.Core.Domain;
using ClearanceWorkflow.Service.Http;
using ClearanceWorkflow.Service.Storage;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Logging;

namespace ClearanceWorkflow.Service.Documents;

/// <summary>What became of one scan.</summary>
public enum ScanDisposition
{
    /// <summary>Attached to its case as a document.</summary>
    Attached,
    /// <summary>Moved to quarantine with a reason.</summary>
    Quarantined,
    /// <summary>The blob was already gone (handled by an earlier delivery).</summary>
    Gone,
    /// <summary>Deleted unread: its case's records were destroyed, so nothing of it is kept, not even its name.</summary>
    Discarded,
}

/// <summary>
/// Turns a blob in <c>scans</c> (<c>{caseNumber}/{documentType}/{fileName}</c>) into a document of its case, or moves it
/// to <c>quarantine</c> with the reason. Safe to run twice for the same blob: the document id is derived from the
/// blob's name and content, the copy is skipped when present, the case ignores a repeated event, and the scan is
/// deleted only after all of that.
/// </summary>
public sealed class ScanIngestor(
    StorageConnection storage, CaseRecordPointers pointers, Http.CaseReader cases, CaseHistoryPurges purges, ILogger<ScanIngestor> logger)
{
    /// <summary>The actor recorded for scans.</summary>
    public const string Actor = "scanner";

    /// <summary>How long a scan for a case just opened waits for the case to start running (then the scan is tried again later).</summary>
    private static readonly TimeSpan StartWait = TimeSpan.FromMinutes(1);

    /// <summary>Ingests one scan.</summary>
    public async Task<ScanDisposition> IngestAsync(string blobName, DurableTaskClient client, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(client);
        var scan = storage.Blobs.GetBlobContainerClient(StorageNames.ScansContainer).GetBlobClient(blobName);
        // Being destroyed counts as destroyed: the purge request is the destroyer's first step, the tombstone its last.
        if (blobName.Split('/')[0] is var owner && CaseNumber.IsWellFormed(owner) && await purges.IsDestroyedAsync(owner, cancellationToken))
        {
            // Mail that arrives after a case's records were destroyed is destroyed too: a quarantined copy would outlive them.
            await scan.DeleteIfExistsAsync(cancellationToken: cancellationToken);
            CaseMetrics.ScansDiscarded.Add(1);
            logger.LogWarning("A scan for destroyed case {CaseNumber} was deleted unread", owner);
            return ScanDisposition.Discarded;
        }
        BinaryData? content = null;
        try
        {
            // One request: the length comes with the download, and a scan too large is never read into memory.
            using var download = (await scan.DownloadStreamingAsync(cancellationToken: cancellationToken)).Value;
            if (download.Details.ContentLength <= ScanContent.MaxBytes)
            {
                content = await BinaryData.FromStreamAsync(download.Content, cancellationToken);
            }
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            return ScanDisposition.Gone;
        }
        if (content is null)
        {
            return await QuarantineAsync(scan, blobName, "larger than 20 MiB", content: null, cancellationToken);
        }

        var parts = blobName.Split('/');
        if (parts.Length != 3 || parts[2].Length == 0)
        {
            return await QuarantineAsync(scan, blobName, "name is not {caseNumber}/{documentType}/{fileName}", content, cancellationToken);
        }
        var (caseNumber, documentType) = (parts[0], parts[1]);
        if (!DocumentTypes.IsKnown(documentType))
        {
            return await QuarantineAsync(scan, blobName, "unknown document type", content, cancellationToken);
        }
        var contentType = ScanContent.Sniff(content.ToMemory().Span[..Math.Min(16, content.ToMemory().Length)]);
        if (contentType is null)
        {
            return await QuarantineAsync(scan, blobName, "content is not a PDF, TIFF, JPEG or PNG", content, cancellationToken);
        }
        if (await cases.ReadAsync(client, caseNumber, cancellationToken) is not { } stored)
        {
            return await QuarantineAsync(scan, blobName, "unknown case", content, cancellationToken);
        }
        var status = stored.Status;
        if (stored.Finished || status.Status == CaseState.Closed)
        {
            return await QuarantineAsync(scan, blobName, "case is closed", content, cancellationToken);
        }
        if (status.Sealed)
        {
            // Sealed records take nothing more; and a case waiting years for destruction takes no event at all.
            return await QuarantineAsync(scan, blobName, "case is sealed", content, cancellationToken);
        }

        var documentId = DocumentId(blobName, content);
        var documents = storage.Blobs.GetBlobContainerClient(StorageNames.DocumentsContainer);
        var document = documents.GetBlobClient($"{caseNumber}/{documentId}");
        var cap = stored.Opening.Terms.MaxDocuments;
        var held = await ListAsync(documents, $"{caseNumber}/", cancellationToken);
        if (!held.Contains(document.Name) && held.Count >= cap)
        {
            return await QuarantineAsync(scan, blobName, $"the case already holds {cap} documents", content, cancellationToken);
        }
        await UploadOnceAsync(o => document.UploadAsync(content, o, cancellationToken), new BlobUploadOptions
        {
            HttpHeaders = new BlobHttpHeaders { ContentType = contentType },
            Metadata = new Dictionary<string, string> { ["documentType"] = documentType },
        });
        await CaseEventDelivery.RaiseAsync(client, caseNumber, new CaseEvent
        {
            Type = EventTypes.DocumentScanned,
            EventId = documentId,
            Actor = Actor,
            ReceivedAt = DateTimeOffset.UtcNow,
            Body = System.Text.Json.JsonSerializer.SerializeToElement(
                new DocumentScanned(documentId, documentType, contentType, content.ToMemory().Length), CaseJson.Options),
        }, stored.Started, StartWait, cancellationToken);
        await scan.DeleteIfExistsAsync(cancellationToken: cancellationToken);
        logger.LogInformation("Scan attached to case {CaseNumber} as {DocumentId} ({DocumentType})", caseNumber, documentId, documentType);
        CaseMetrics.ScansIngested.Add(1);
        return ScanDisposition.Attached;
    }

    /// <summary>The names of a case's documents in the documents store (the truth that the case's list follows).</summary>
    private static async Task<HashSet<string>> ListAsync(BlobContainerClient documents, string prefix, CancellationToken cancellationToken)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        await foreach (var blob in documents.GetBlobsAsync(BlobTraits.None, BlobStates.None, prefix, cancellationToken))
        {
            names.Add(blob.Name);
        }
        return names;
    }

    /// <summary>The document id of a scan: the same blob (name and content) always yields the same id.</summary>
    public static string DocumentId(string blobName, BinaryData content)
    {
        ArgumentNullException.ThrowIfNull(content);
        var nameHash = SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(blobName));
        var contentHash = SHA256.HashData(content.ToMemory().Span);
        var both = SHA256.HashData([.. nameHash, .. contentHash]);
        return $"doc-{Convert.ToHexStringLower(both)[..16]}";
    }

    private async Task<ScanDisposition> QuarantineAsync(
        BlobClient scan, string blobName, string reason, BinaryData? content, CancellationToken cancellationToken)
    {
        CaseMetrics.ScansQuarantined.Add(1, new KeyValuePair<string, object?>("reason", reason.StartsWith("the case already holds", StringComparison.Ordinal) ? "document cap" : reason));
        // The quarantine name carries no part of the scanner's file name (it may hold a name); metadata keeps it, encoded.
        var quarantine = storage.Blobs.GetBlobContainerClient(StorageNames.QuarantineContainer)
            .GetBlobClient($"{DateTime.UtcNow:yyyy-MM-dd}/{IdempotencyKeys.Hash(blobName)[..24]}");
        if (blobName.Split('/')[0] is var caseNumber && CaseNumber.IsWellFormed(caseNumber))
        {
            // Found again when the case is destroyed or purged, without a listing of the whole container.
            await pointers.RememberBlobAsync(caseNumber, StorageNames.QuarantineContainer, quarantine.Name, cancellationToken);
        }
        try
        {
            var options = new BlobUploadOptions
            {
                Metadata = new Dictionary<string, string>
                {
                    ["reason"] = reason,
                    ["originalName"] = Uri.EscapeDataString(blobName),
                    ["quarantinedAt"] = DateTimeOffset.UtcNow.ToString("O"),
                },
            };
            if (content is not null)
            {
                await UploadOnceAsync(o => quarantine.UploadAsync(content, o, cancellationToken), options);
            }
            else
            {
                // Too large to have been read for sniffing: streamed across rather than held in memory.
                await using var stream = await scan.OpenReadAsync(cancellationToken: cancellationToken);
                await UploadOnceAsync(o => quarantine.UploadAsync(stream, o, cancellationToken), options);
            }
            await scan.DeleteIfExistsAsync(cancellationToken: cancellationToken);
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            return ScanDisposition.Gone;
        }
        if (CaseNumber.IsWellFormed(caseNumber) && await purges.IsDestroyedAsync(caseNumber, cancellationToken))
        {
            // The case's destruction began while this scan was set aside, perhaps after it had read the pointers: undo it here.
            await quarantine.DeleteIfExistsAsync(cancellationToken: cancellationToken);
            CaseMetrics.ScansDiscarded.Add(1);
            logger.LogWarning("A scan for destroyed case {CaseNumber} was deleted unread", caseNumber);
            return ScanDisposition.Discarded;
        }
        logger.LogWarning("Scan quarantined as {QuarantineBlob}: {Reason}", quarantine.Name, reason);
        return ScanDisposition.Quarantined;
    }

    private static async Task UploadOnceAsync(Func<BlobUploadOptions, Task> upload, BlobUploadOptions options)
    {
        options.Conditions = new BlobRequestConditions { IfNoneMatch = ETag.All };
        try
        {
            await upload(options);
        }
        catch (RequestFailedException e) when (e.Status is 409 or 412)
        {
            // Already there from an earlier delivery: documents are immutable, so nothing to do.
        }
    }
}
