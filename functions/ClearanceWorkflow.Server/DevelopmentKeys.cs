using Azure.Storage.Sas;
using ClearanceWorkflow.Service.Identity;
using ClearanceWorkflow.Service.Storage;

namespace ClearanceWorkflow.Server;

/// <summary>Prints the local development API keys at start-up (Development environment only), so curl works at once.</summary>
public static class DevelopmentKeys
{
    /// <summary>Writes one line per key to the console, and a write-only address of the scans container for scanners.</summary>
    public static void Print(IConfiguration configuration, StorageConnection storage)
    {
        ArgumentNullException.ThrowIfNull(storage);
        var keys = configuration.GetSection("Auth:ApiKeys").Get<List<ApiKeyEntry>>() ?? [];
        Console.WriteLine("Local development API keys (header X-Api-Key):");
        foreach (var key in keys)
        {
            Console.WriteLine($"  {string.Join(",", key.Roles),-13} {key.Key}");
        }
        var scans = storage.Blobs.GetBlobContainerClient(StorageNames.ScansContainer);
        if (scans.CanGenerateSasUri)
        {
            // Signed with the emulator's well-known account key: what a scanning station holds locally.
            var sas = scans.GenerateSasUri(BlobContainerSasPermissions.Create | BlobContainerSasPermissions.Write, DateTimeOffset.UtcNow.AddDays(7));
            Console.WriteLine("Scanning station (write-only for 7 days): PUT each scan to $SCANS/{caseNumber}/{documentType}/{fileName}$SAS with");
            Console.WriteLine($"  SCANS='{sas.GetLeftPart(UriPartial.Path)}'; SAS='{sas.Query}'");
        }
    }
}
