using System.Text.Json;
using ClearanceWorkflow.TestSupport;
using Xunit;

namespace ClearanceWorkflow.EndToEnd.Tests;

/// <summary>A retried request, a blob seen twice and an event sent twice each take effect once.</summary>
[Collection(EndToEndCollection.Name)]
public sealed class DuplicateDeliveryTests(ServiceFixture service)
{
    [Fact]
    public async Task The_same_idempotency_key_twice_opens_one_case()
    {
        var key = $"envelope-{Guid.NewGuid():N}";
        var first = await service.Api.OpenCaseAsync(idempotencyKey: key);
        var second = await service.Api.OpenCaseAsync(idempotencyKey: key);
        Assert.Equal((string?)first["caseNumber"], (string?)second["caseNumber"]);
        Assert.Equal((string?)first["accessCode"], (string?)second["accessCode"]);
    }

    [Fact]
    public async Task A_retry_that_differs_only_in_layout_is_the_same_request()
    {
        var key = $"envelope-{Guid.NewGuid():N}";
        var first = await service.Api.OpenCaseAsync(idempotencyKey: key);
        var reordered = new System.Text.Json.Nodes.JsonObject();
        foreach (var (name, value) in ApiClient.SampleCase().Reverse())
        {
            reordered[name] = value?.DeepClone();
        }
        using var response = await service.Api.SendAsync(HttpMethod.Post, "api/cases", "intake",
            reordered.ToJsonString(new JsonSerializerOptions { WriteIndented = true }), new Dictionary<string, string> { ["Idempotency-Key"] = key });
        var second = await ApiClient.ExpectAsync(response, 201);
        Assert.Equal((string?)first["caseNumber"], (string?)second["caseNumber"]);
    }

    [Fact]
    public async Task The_same_idempotency_key_with_a_different_request_is_409()
    {
        var key = $"envelope-{Guid.NewGuid():N}";
        await service.Api.OpenCaseAsync(idempotencyKey: key);
        var other = ApiClient.SampleCase();
        other["applicant"]!["givenName"] = "Ana";
        using var response = await service.Api.SendAsync(HttpMethod.Post, "api/cases", "intake", other.ToJsonString(),
            new Dictionary<string, string> { ["Idempotency-Key"] = key });
        await ApiClient.ExpectAsync(response, 409);
    }

    [Fact]
    public async Task The_same_event_id_twice_is_one_timeline_entry()
    {
        var journey = await CaseJourney.OpenAsync(service);
        await journey.ScanDocumentsAsync();
        var body = JsonSerializer.Serialize(new { eventId = "evt-scanning-done-1", note = "all pages" });
        using (var first = await service.Api.SendAsync(HttpMethod.Post, $"api/cases/{journey.CaseNumber}/events/scanning-completed", "intake", body))
        using (var second = await service.Api.SendAsync(HttpMethod.Post, $"api/cases/{journey.CaseNumber}/events/scanning-completed", "intake", body))
        {
            Assert.Equal(202, (int)first.StatusCode);
            Assert.Equal(202, (int)second.StatusCode);
        }
        await service.Api.WaitForStageAsync(journey.CaseNumber, "DocumentReview");
        using (var late = await service.Api.SendAsync(HttpMethod.Post, $"api/cases/{journey.CaseNumber}/events/scanning-completed", "intake", body))
        {
            Assert.Equal(202, (int)late.StatusCode);
        }
        var timeline = await Poll.UntilAsync(async () =>
        {
            using var response = await service.Api.GetAsync($"api/cases/{journey.CaseNumber}/timeline", "auditor");
            return await ApiClient.ExpectAsync(response, 200);
        }, t => t["entries"]!.AsArray().Any(e => (string?)e!["what"] == "ScanningCompleted"), "the scanning entry");
        var entries = timeline["entries"]!.AsArray().Where(e => (string?)e!["eventId"] == "evt-scanning-done-1").ToList();
        Assert.Single(entries);
        Assert.Equal("all pages", (string?)entries[0]!["note"]);
        Assert.DoesNotContain(timeline["entries"]!.AsArray(), e => (string?)e!["what"] == "EventIgnored");
    }

    [Fact]
    public async Task A_scan_delivered_twice_is_one_document()
    {
        var journey = await CaseJourney.OpenAsync(service);
        var content = ScanStation.Pdf("visa " + journey.CaseNumber);
        await service.Scanner.ScanAsync(journey.CaseNumber, "visa", "visa.pdf", content);
        await service.Api.WaitForCaseAsync(journey.CaseNumber, c => c["documents"]!.AsArray().Count == 1, "one document");
        await service.Scanner.ScanAsync(journey.CaseNumber, "visa", "visa.pdf", content);
        await Poll.UntilAsync(() => service.Scanner.ListAsync("scans"),
            blobs => blobs.All(b => !b.Name.StartsWith(journey.CaseNumber, StringComparison.Ordinal)), "the second delivery to be taken");
        await service.Api.SignalAsync(journey.CaseNumber, "scanning-completed", "intake");
        var review = await service.Api.WaitForStageAsync(journey.CaseNumber, "DocumentReview");
        Assert.Single(review["documents"]!.AsArray());
    }

    [Fact]
    public async Task Events_sent_to_one_case_at_the_same_moment_are_all_applied()
    {
        var journey = await CaseJourney.OpenAsync(service);
        var n = journey.CaseNumber;
        await journey.ScanDocumentsAsync();
        await service.Api.SignalAsync(n, "scanning-completed", "intake");
        var review = await service.Api.WaitForStageAsync(n, "DocumentReview");
        var verdicts = review["documents"]!.AsArray().Select(d => new { documentId = (string)d!["documentId"]!, accepted = true }).ToArray();
        await service.Api.SignalAsync(n, "documents-reviewed", "intake", new { verdicts, residencyConfirmed = false });
        var waiting = await service.Api.WaitForStageAsync(n, "AwaitingApplicant");
        var notice = (string)CaseJourney.Item(waiting, "DeficiencyNotice")["itemId"]!;

        await Task.WhenAll(
            service.Api.SignalAsync(n, "correspondence-mailed", "mailroom", new { itemId = notice }),
            service.Api.SignalAsync(n, "supplemental-mail-received", "intake", new { }),
            service.Scanner.ScanAsync(n, "utility-bill", "bill.pdf", ScanStation.Pdf("bill " + n)));

        var after = await service.Api.WaitForCaseAsync(n, c => (string?)c["stage"] == "AwaitingScans"
            && c["documents"]!.AsArray().Count == 3
            && (string?)CaseJourney.Item(c, "DeficiencyNotice")["state"] == "Mailed", "all three deliveries applied");
        Assert.Equal("Scanning", (string?)after["waitingOn"]);
        // The timeline is written just after the view changes: wait for both entries, then check nothing was ignored.
        var what = await Poll.UntilAsync(async () =>
        {
            var timeline = await ApiClientExtensions.GetJsonAsync(service, $"api/cases/{n}/timeline", "auditor");
            return timeline["entries"]!.AsArray().Select(e => (string)e!["what"]!).ToList();
        }, w => w.Contains("CorrespondenceMailed") && w.Contains("SupplementalMailReceived"), "both entries in the timeline");
        Assert.DoesNotContain("EventIgnored", what);
    }
}
