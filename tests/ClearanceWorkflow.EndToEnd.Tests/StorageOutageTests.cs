using System.Text.Json.Nodes;
using ClearanceWorkflow.TestSupport;
using Xunit;

namespace ClearanceWorkflow.EndToEnd.Tests;

/// <summary>Storage down for a while loses no case, no document and no event.</summary>
[Collection(EndToEndCollection.Name)]
public sealed class StorageOutageTests(ServiceFixture service)
{
    [Fact]
    public async Task While_storage_is_down_health_and_readiness_say_so_liveness_stays_up_and_afterwards_the_case_and_a_scan_written_meanwhile_carry_on()
    {
        var journey = await CaseJourney.OpenAsync(service);
        var n = journey.CaseNumber;
        await journey.ScanDocumentsAsync();
        await service.Api.SignalAsync(n, "scanning-completed", "intake");
        await service.Api.WaitForStageAsync(n, "DocumentReview");

        await service.Storage.StopAsync();
        await Poll.UntilAsync(async () =>
        {
            using var health = await service.Api.GetAsync("api/health", role: null);
            return (int)health.StatusCode;
        }, status => status == 503, "health to report storage down");
        // Readiness fails with the storage check named; liveness probes nothing, so nobody restarts a process storage took down.
        var ready = await Poll.UntilAsync(async () =>
        {
            using var answer = await service.Api.GetAsync("api/health/ready", role: null);
            return ((int)answer.StatusCode, JsonNode.Parse(await answer.Content.ReadAsStringAsync()));
        }, answer => answer.Item1 == 503, "readiness to report storage down");
        Assert.Equal("Unhealthy", (string?)ready.Item2!["status"]);
        Assert.Contains(ready.Item2["checks"]!.AsArray(), c => (string?)c!["name"] == "storage" && (string?)c["status"] == "Unhealthy");
        using (var live = await service.Api.GetAsync("api/health/live", role: null))
        {
            Assert.Equal(200, (int)live.StatusCode);
        }
        using (var refused = await service.Api.GetAsync($"api/cases/{n}", "auditor"))
        {
            Assert.Equal(503, (int)refused.StatusCode);
            Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        }

        await service.Storage.RestartAsync();
        await Poll.UntilAsync(async () =>
        {
            using var health = await service.Api.GetAsync("api/health", role: null);
            return ((int)health.StatusCode, await health.Content.ReadAsStringAsync());
        }, answer => answer.Item1 == 200, "health to report storage back");
        await Poll.UntilAsync(async () =>
        {
            using var answer = await service.Api.GetAsync("api/health/ready", role: null);
            return (int)answer.StatusCode;
        }, status => status == 200, "readiness to report storage back");
        await service.Scanner.ScanAsync(n, "utility-bill", "bill.pdf", ScanStation.Pdf("bill " + n));
        var review = await service.Api.WaitForCaseAsync(n, c => c["documents"]!.AsArray().Count == 3, "the scan written after the outage");
        await journey.AcceptAllAsync(review);
        await journey.PayAndCheckRecordsAsync();
    }
}
