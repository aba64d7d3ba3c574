using System.Text;
using Azure.Storage.Blobs;

namespace ClearanceWorkflow.TestSupport;

/// <summary>A scanning station: writes scans to the <c>scans</c> container with the account key, as the contract says.</summary>
public sealed class ScanStation(string connectionString)
{
    private readonly BlobServiceClient blobs = new(connectionString);

    /// <summary>A small but real PDF header and body, enough for content sniffing.</summary>
    public static byte[] Pdf(string text) => Encoding.ASCII.GetBytes($"%PDF-1.4\n% {text}\n%%EOF\n");

    /// <summary>Writes one scan (overwriting a blob of the same name).</summary>
    public async Task ScanAsync(string caseNumber, string documentType, string fileName, byte[] content)
    {
        var container = blobs.GetBlobContainerClient("scans");
        await container.CreateIfNotExistsAsync();
        await container.GetBlobClient($"{caseNumber}/{documentType}/{fileName}").UploadAsync(new BinaryData(content), overwrite: true);
    }

    /// <summary>The blobs in a container, with their metadata.</summary>
    public async Task<List<(string Name, IDictionary<string, string> Metadata)>> ListAsync(string container)
    {
        var found = new List<(string, IDictionary<string, string>)>();
        var client = blobs.GetBlobContainerClient(container);
        if (!await client.ExistsAsync())
        {
            return found;
        }
        await foreach (var blob in client.GetBlobsAsync(new Azure.Storage.Blobs.Models.GetBlobsOptions { Traits = Azure.Storage.Blobs.Models.BlobTraits.Metadata }))
        {
            found.Add((blob.Name, blob.Metadata));
        }
        return found;
    }

    /// <summary>The size of a blob.</summary>
    public async Task<long> LengthAsync(string container, string name) =>
        (await blobs.GetBlobContainerClient(container).GetBlobClient(name).GetPropertiesAsync()).Value.ContentLength;
}
