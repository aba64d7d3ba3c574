using Azure;
using Azure.Storage.Blobs.Models;
using ClearanceWorkflow.Core.Activities;

namespace ClearanceWorkflow.Service.Storage;

/// <summary>Rendered PDFs in the <c>correspondence</c> container, named <c>{caseNumber}/{itemId}.pdf</c>.</summary>
public sealed class BlobCorrespondenceStore(StorageConnection storage) : ICorrespondenceStore
{
    /// <inheritdoc />
    public async Task SaveAsync(string caseNumber, string itemId, byte[] pdf, CancellationToken cancellationToken)
    {
        var blob = storage.Blobs.GetBlobContainerClient(StorageNames.CorrespondenceContainer).GetBlobClient(Name(caseNumber, itemId));
        await blob.UploadAsync(new BinaryData(pdf), new BlobUploadOptions
        {
            HttpHeaders = new BlobHttpHeaders { ContentType = "application/pdf" },
        }, cancellationToken);
    }

    /// <inheritdoc />
    public async Task<Stream?> OpenAsync(string caseNumber, string itemId, CancellationToken cancellationToken)
    {
        var blob = storage.Blobs.GetBlobContainerClient(StorageNames.CorrespondenceContainer).GetBlobClient(Name(caseNumber, itemId));
        try
        {
            return await blob.OpenReadAsync(cancellationToken: cancellationToken);
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            return null;
        }
    }

    private static string Name(string caseNumber, string itemId) => $"{caseNumber}/{itemId}.pdf";
}
