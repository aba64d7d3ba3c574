using ClearanceWorkflow.TestSupport;
using Xunit;

namespace ClearanceWorkflow.EndToEnd.Tests;

/// <summary>Public routes reveal nothing without the code that unlocks it.</summary>
[Collection(EndToEndCollection.Name)]
public sealed class PublicRouteTests(ServiceFixture service)
{
    [Fact]
    public async Task The_running_server_serves_the_OpenAPI_document_kept_in_the_repository()
    {
        using var response = await service.Api.GetAsync("api/openapi.json", role: null);
        var live = await ApiClient.ExpectAsync(response, 200);
        var kept = System.Text.Json.Nodes.JsonNode.Parse(await File.ReadAllTextAsync(
            Path.Combine(RepositoryRoot.Path, "functions", "ClearanceWorkflow.Service", "Http", "OpenApi", "openapi.json")));
        var same = System.Text.Json.Nodes.JsonNode.DeepEquals(live, kept);
        if (!same)
        {
            await File.WriteAllTextAsync(Path.Combine(AppContext.BaseDirectory, "live-openapi.json"), live.ToJsonString());
        }
        Assert.True(same, "the running server's document differs from openapi.json (it is written to live-openapi.json in the test output)");
    }

    [Fact]
    public async Task The_status_lookup_answers_in_plain_words_with_no_personal_data()
    {
        var created = await service.Api.OpenCaseAsync();
        var n = (string)created["caseNumber"]!;
        var code = (string)created["accessCode"]!;
        var status = await Poll.UntilAsync(async () =>
        {
            using var response = await service.Api.GetAsync($"api/status/{n}?accessCode={code.ToLowerInvariant()}", role: null);
            return await ApiClient.ExpectAsync(response, 200);
        }, s => (string?)s["stage"] == "AwaitingScans", "the status");
        Assert.Equal("Your mail has arrived and is being scanned.", (string?)status["stageDescription"]);
        var text = status.ToJsonString();
        foreach (var personal in new[] { "Maria", "Lopez", "1988", "Spring", "MO-5531" })
        {
            Assert.DoesNotContain(personal, text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_wrong_case_number_and_a_wrong_access_code_answer_the_same_404()
    {
        var created = await service.Api.OpenCaseAsync();
        var n = (string)created["caseNumber"]!;
        using var wrongCode = await service.Api.GetAsync($"api/status/{n}?accessCode=AAAA-AAAA", role: null);
        using var wrongNumber = await service.Api.GetAsync($"api/status/CL-2026-ZZZZZZ?accessCode={(string)created["accessCode"]!}", role: null);
        using var noCode = await service.Api.GetAsync($"api/status/{n}", role: null);
        Assert.Equal(404, (int)wrongCode.StatusCode);
        Assert.Equal(404, (int)wrongNumber.StatusCode);
        Assert.Equal(404, (int)noCode.StatusCode);
        Assert.Equal(await wrongCode.Content.ReadAsStringAsync(), await wrongNumber.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task An_unknown_verification_code_is_404_and_health_is_200()
    {
        using var verify = await service.Api.GetAsync("api/verify/AAAA-BBBB-CCCC", role: null);
        Assert.Equal(404, (int)verify.StatusCode);
        using var health = await service.Api.GetAsync("api/health", role: null);
        var body = await ApiClient.ExpectAsync(health, 200);
        Assert.Equal("Healthy", (string?)body["status"]);
    }

    [Fact]
    public async Task Public_lookups_are_rate_limited_per_client()
    {
        // Its own task hub, so it never takes partitions of the shared server's cases.
        await using var strict = new ServerProcess(service.ConnectionString, "e2estrict", new Dictionary<string, string>
        {
            ["Security__PublicRequestsPerMinute"] = "3",
        });
        await strict.StartAsync();
        using var api = new ApiClient(strict.BaseAddress);
        var statuses = new List<int>();
        for (var i = 0; i < 5; i++)
        {
            using var response = await api.GetAsync("api/verify/AAAA-BBBB-CCCC", role: null);
            statuses.Add((int)response.StatusCode);
        }
        Assert.Equal([404, 404, 404, 429, 429], statuses);
    }
}
