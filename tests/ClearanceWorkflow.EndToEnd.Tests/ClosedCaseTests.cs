using System.Text.Json;
using Azure.Data.Tables;
using ClearanceWorkflow.TestSupport;
using Xunit;

namespace ClearanceWorkflow.EndToEnd.Tests;

/// <summary>
/// A closed case leaves the durable backend (its history is purged, its record kept in the ClosedCases table) and reads,
/// refuses and revokes exactly as before: staff, the applicant and the scanners notice nothing.
/// </summary>
[Collection(EndToEndCollection.Name)]
public sealed class ClosedCaseTests(ServiceFixture service)
{
    [Fact]
    public async Task A_case_that_closes_leaves_the_backend_at_once_not_at_the_next_hourly_pass()
    {
        // The periodic pass runs once at start-up and then only in an hour: the case leaves because its close woke it.
        await using var server = new ServerProcess(service.ConnectionString, "wakehub", new Dictionary<string, string>
        {
            ["Durable__ClosedCaseArchiveInterval"] = "01:00:00",
        });
        await server.StartAsync();
        using var api = new ApiClient(server.BaseAddress);
        // A referral (no scans: the shared fixture's server watches the same scans container and would take them).
        var body = ApiClient.SampleCase();
        body["clearance"]!["purpose"] = "Immigration";
        body["payment"] = null;
        var n = (string)(await api.OpenCaseAsync(body))["caseNumber"]!;
        var listed = await api.WatchCaseAsync(n, c => c["correspondence"]!.AsArray().Any(i => (string?)i!["state"] == "InOutbox"), "the notice in the outbox");
        var itemId = (string)listed["correspondence"]!.AsArray().First(i => (string?)i!["state"] == "InOutbox")!["itemId"]!;
        await api.SignalAsync(n, "correspondence-mailed", "mailroom", new { itemId });
        var closed = await api.WatchCaseAsync(n, c => (string?)c["stage"] == "Closed", "closed");

        var history = new TableClient(service.ConnectionString, "wakehubHistory");
        await Poll.UntilAsync(async () => await history.QueryAsync<TableEntity>(e => e.PartitionKey == n, select: ["RowKey"]).AnyAsync(),
            any => !any, "the closed case to leave the durable backend");
        Assert.Equal(closed.ToJsonString(), (await api.GetCaseAsync(n)).ToJsonString());
    }

    [Fact]
    public async Task A_closed_case_leaves_the_durable_backend_and_still_reads_refuses_and_revokes_as_before()
    {
        var journey = await CaseJourney.OpenAsync(service);
        var n = journey.CaseNumber;
        var accessCode = (string)(await service.Api.GetCaseAsync(n))["accessCode"]!;
        await journey.ScanDocumentsAsync();
        await journey.CompleteReviewAsync();
        await journey.PayAndCheckRecordsAsync();
        await service.Api.SignalAsync(n, "letter-approved", "supervisor");
        await service.Api.WaitForStageAsync(n, "AwaitingMailing");
        var closed = await journey.MailEverythingAsync();
        var letter = CaseJourney.Item(closed, "ClearanceLetter");

        var history = new TableClient(service.ConnectionString, "e2ehubHistory");
        var instances = new TableClient(service.ConnectionString, "e2ehubInstances");
        async Task<int> RowsAsync(TableClient table)
        {
            var rows = 0;
            await foreach (var _ in table.QueryAsync<TableEntity>(e => e.PartitionKey == n, select: ["RowKey"]))
            {
                rows++;
            }
            return rows;
        }
        await Poll.UntilAsync(async () => await RowsAsync(history) + await RowsAsync(instances), rows => rows == 0,
            "the closed case to leave the durable backend");

        // The same view as when it closed, the same timeline, the same letter, the same public status.
        var after = await service.Api.GetCaseAsync(n);
        Assert.Equal(closed.ToJsonString(), after.ToJsonString());
        var timeline = await ApiClientExtensions.GetJsonAsync(service, $"api/cases/{n}/timeline", "auditor");
        Assert.Equal("CaseClosed", (string?)timeline["entries"]!.AsArray()[^1]!["what"]);
        Assert.Contains("clearance", await journey.ReadCorrespondenceAsync((string)letter["itemId"]!), StringComparison.OrdinalIgnoreCase);
        using (var status = await service.Api.GetAsync($"api/status/{n}?accessCode={accessCode}", role: null))
        {
            Assert.Equal("Closed", (string?)(await ApiClient.ExpectAsync(status, 200))["stage"]);
        }

        // A staff event is refused as for any closed case, and a late scan is quarantined as for any closed case.
        using (var late = await service.Api.SendAsync(HttpMethod.Post, $"api/cases/{n}/events/scanning-completed", "intake"))
        {
            Assert.Equal(409, (int)late.StatusCode);
        }
        await service.Scanner.ScanAsync(n, "passport", "late.pdf", ScanStation.Pdf("late passport " + n));
        var quarantined = await Poll.UntilAsync(() => service.Scanner.ListAsync("quarantine"),
            q => q.Any(b => Uri.UnescapeDataString(b.Metadata["originalName"]).StartsWith(n + "/passport/late", StringComparison.Ordinal)),
            "the late scan in quarantine");
        Assert.Equal("case is closed", quarantined.Single(b => Uri.UnescapeDataString(b.Metadata["originalName"]).StartsWith(n + "/passport/late", StringComparison.Ordinal)).Metadata["reason"]);

        // Its letter can still be revoked.
        var code = (string)letter["verificationCode"]!;
        using (var revoke = await service.Api.SendAsync(HttpMethod.Post, $"api/cases/{n}/events/letter-revoked", "supervisor",
            JsonSerializer.Serialize(new { verificationCode = code, reason = "issued on a forged licence" })))
        {
            await ApiClient.ExpectAsync(revoke, 202);
        }
        Assert.Equal("Revoked", (string?)(await ApiClientExtensions.GetJsonAsync(service, $"api/verify/{code}", role: null))["status"]);
    }
}
