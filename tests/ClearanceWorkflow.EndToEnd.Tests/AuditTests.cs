using System.Text.Json.Nodes;
using ClearanceWorkflow.TestSupport;
using Xunit;

namespace ClearanceWorkflow.EndToEnd.Tests;

/// <summary>Every call to a staff route is attributable: auditors read who did what to which case, and nobody can change it.</summary>
[Collection(EndToEndCollection.Name)]
public sealed class AuditTests(ServiceFixture service)
{
    [Fact]
    public async Task Reads_and_refusals_of_a_case_are_recorded_with_who_what_and_the_result_and_only_auditors_read_them()
    {
        // Other tests call as the same staff all along: the staff queries below read from this test's start only.
        var since = Uri.EscapeDataString(DateTimeOffset.UtcNow.AddSeconds(-1).ToString("O", System.Globalization.CultureInfo.InvariantCulture));
        var journey = await CaseJourney.OpenAsync(service);
        var n = journey.CaseNumber;
        await Status(HttpMethod.Get, $"api/cases/{n}", "intake", 200);
        await Status(HttpMethod.Get, $"api/cases/{n}/timeline", "records", 200);
        await Status(HttpMethod.Get, $"api/cases/{n}", null, 401);
        await Status(HttpMethod.Get, "api/outbox", "cashier", 403);

        var items = await Poll.UntilAsync(() => AuditAsync($"caseNumber={n}"), i => i.Count >= 4, "the reads in the audit");
        Assert.Contains(items, i => Is(i, "test-intake", "GetCase", 200) && (string?)i!["roles"]![0] == "intake");
        Assert.Contains(items, i => Is(i, "test-records", "GetTimeline", 200));
        Assert.Contains(items, i => Is(i, null, "GetCase", 401));
        Assert.Contains(items, i => Is(i, "test-intake", "OpenCase", 201) && (string?)i!["method"] == "POST");
        Assert.All(items, i => Assert.Equal(n, (string?)i!["caseNumber"]));
        var refused = await AuditAsync($"staffId=test-cashier&from={since}");
        Assert.Contains(refused, i => Is(i, "test-cashier", "GetOutbox", 403) && i!["caseNumber"] is null);

        await Status(HttpMethod.Get, "api/audit", "supervisor", 403);
        await Status(HttpMethod.Get, "api/audit", null, 401);
        // No route changes or deletes a record: there is none to call.
        foreach (var method in new[] { HttpMethod.Delete, HttpMethod.Put, HttpMethod.Patch, HttpMethod.Post })
        {
            using var change = await service.Api.SendAsync(method, "api/audit", "auditor", "{}");
            Assert.Contains((int)change.StatusCode, new[] { 404, 405 });
        }
        Assert.Contains(await AuditAsync($"staffId=test-supervisor&from={since}&pageSize=500"), i => Is(i, "test-supervisor", "GetAudit", 403));
    }

    [Fact]
    public async Task The_audit_is_read_page_by_page_and_a_bad_query_names_its_field()
    {
        var journey = await CaseJourney.OpenAsync(service);
        await Status(HttpMethod.Get, $"api/cases/{journey.CaseNumber}", "intake", 200);
        await Poll.UntilAsync(() => AuditAsync($"caseNumber={journey.CaseNumber}"), i => i.Count >= 2, "two entries");

        var first = await ApiClientExtensions.GetJsonAsync(service, $"api/audit?caseNumber={journey.CaseNumber}&pageSize=1", "auditor");
        Assert.Single(first["items"]!.AsArray());
        var token = Uri.EscapeDataString((string)first["continuationToken"]!);
        var second = await ApiClientExtensions.GetJsonAsync(service, $"api/audit?caseNumber={journey.CaseNumber}&pageSize=1&continuationToken={token}", "auditor");
        Assert.NotEqual(first["items"]![0]!.ToJsonString(), second["items"]![0]!.ToJsonString());

        using var bad = await service.Api.GetAsync("api/audit?from=yesterday", "auditor");
        Assert.NotNull((await ApiClient.ExpectAsync(bad, 400))["errors"]!["from"]);
    }

    private static bool Is(JsonNode? item, string? staffId, string route, int result) =>
        (string?)item!["staffId"] == staffId && (string?)item["route"] == route && (int?)item["result"] == result;

    private async Task<List<JsonNode?>> AuditAsync(string query) =>
        [.. (await ApiClientExtensions.GetJsonAsync(service, $"api/audit?{query}", "auditor"))["items"]!.AsArray()];

    private async Task Status(HttpMethod method, string path, string? role, int expected)
    {
        using var response = await service.Api.SendAsync(method, path, role);
        Assert.Equal(expected, (int)response.StatusCode);
    }
}
