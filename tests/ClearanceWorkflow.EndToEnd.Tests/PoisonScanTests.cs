using System.Text;
using Azure.Storage.Blobs;
using Azure.Storage.Sas;
using ClearanceWorkflow.TestSupport;
using Xunit;

namespace ClearanceWorkflow.EndToEnd.Tests;

/// <summary>A hostile scanning station's blobs that can be neither ingested nor quarantined do not loop forever.</summary>
[Collection(EndToEndCollection.Name)]
public sealed class PoisonScanTests(ServiceFixture service)
{
    [Fact]
    public async Task A_scan_storage_cannot_address_is_set_aside_after_a_few_passes_reported_once_and_counted_on_health()
    {
        var before = (int)(await ApiClientExtensions.GetJsonAsync(service, "api/health", role: null))["poisonScans"]!;
        var reportsBefore = Reports();

        // A name with a trailing slash, written over plain HTTP with a SAS as a station could: storage keeps it, but
        // every read of it by name fails, so it can be neither ingested nor moved to quarantine.
        await PutAsync($"CL-2026-ABCDEF/passport/{Guid.NewGuid():N}.pdf/");

        await Poll.UntilAsync(() => ApiClientExtensions.GetJsonAsync(service, "api/health", role: null),
            h => (int)h["poisonScans"]! == before + 1, "the scan to be set aside");
        // The watcher goes on: a good scan after it is attached, and the bad one is not reported again.
        var journey = await CaseJourney.OpenAsync(service);
        await journey.ScanDocumentsAsync();
        Assert.Equal(reportsBefore + 1, Reports());
        var health = await ApiClientExtensions.GetJsonAsync(service, "api/health", role: null);
        Assert.Equal("Healthy", (string?)health["status"]);
    }

    private int Reports() => service.Server.WholeOutput().Split('\n').Count(l => l.Contains("set aside after", StringComparison.Ordinal));

    private async Task PutAsync(string name)
    {
        var scans = new BlobServiceClient(service.ConnectionString).GetBlobContainerClient("scans");
        var sas = scans.GenerateSasUri(BlobContainerSasPermissions.Write | BlobContainerSasPermissions.Create, DateTimeOffset.UtcNow.AddMinutes(5));
        using var http = new HttpClient();
        using var put = new HttpRequestMessage(HttpMethod.Put, new Uri($"{sas.GetLeftPart(UriPartial.Path)}/{name}{sas.Query}"))
        {
            Content = new ByteArrayContent(Encoding.ASCII.GetBytes("%PDF-1.4\n%hostile\n")),
        };
        put.Headers.Add("x-ms-blob-type", "BlockBlob");
        using var response = await http.SendAsync(put);
        Assert.Equal(201, (int)response.StatusCode);
    }
}
