using System.Text.Json.Nodes;
using ClearanceWorkflow.TestSupport;
using Xunit;

namespace ClearanceWorkflow.EndToEnd.Tests;

/// <summary>Closed cases are purged after their retention period by the sweep, leaving a tombstone and nothing personal.</summary>
[Collection(EndToEndCollection.Name)]
public sealed class RetentionTests(ServiceFixture service)
{
    [Fact]
    public async Task A_closed_case_is_purged_once_its_retention_period_ends_and_only_its_tombstone_remains()
    {
        // Its own server and task hub with retention in seconds, so the shared server's cases keep theirs.
        await using var server = new ServerProcess(service.ConnectionString, "retentionhub", new Dictionary<string, string>
        {
            ["Workflow__Retention__Referral_Referred"] = "00:00:02",
            ["Durable__RetentionSweepInterval"] = "00:00:01",
            ["Durable__HistoryPurgeInterval"] = "00:00:01",
        });
        await server.StartAsync();
        using var api = new ApiClient(server.BaseAddress);
        var family = "Retentia" + Guid.NewGuid().ToString("N")[..6];
        var body = ApiClient.SampleCase();
        body["applicant"]!["familyName"] = family;
        body["clearance"]!["purpose"] = "Employment";
        body["clearance"]!["category"] = null;
        body.Remove("payment");
        var n = (string)(await api.OpenCaseAsync(body))["caseNumber"]!;
        var view = await api.WaitForCaseAsync(n, c => c["correspondence"]!.AsArray().Count == 1, "the referral notice");
        await api.SignalAsync(n, "correspondence-mailed", "mailroom", new { itemId = (string)view["correspondence"]![0]!["itemId"]! });
        await api.WaitForStageAsync(n, "Closed");

        var tombstone = await Poll.UntilAsync(async () =>
        {
            using var gone = await api.GetAsync($"api/cases/{n}", "auditor");
            return ((int)gone.StatusCode, await gone.Content.ReadAsStringAsync());
        }, r => r.Item1 == 410, "the case to be purged");
        var remains = JsonNode.Parse(tombstone.Item2)!;
        Assert.Equal(("Referral", "Referred", "retention"), ((string?)remains["service"], (string?)remains["outcome"], (string?)remains["destroyedBy"]));
        var left = await Poll.UntilAsync(() => StorageSearch.FindAsync(service.ConnectionString, family), found => found.Count == 0,
            "no trace of the applicant in storage");
        Assert.Empty(left);
    }
}
