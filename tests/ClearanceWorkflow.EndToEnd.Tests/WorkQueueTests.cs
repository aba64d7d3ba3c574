using System.Text.Json.Nodes;
using ClearanceWorkflow.TestSupport;
using Xunit;

namespace ClearanceWorkflow.EndToEnd.Tests;

/// <summary>Work queues: open cases from the index, filtered, oldest first, paged, flagged against their targets.</summary>
[Collection(EndToEndCollection.Name)]
public sealed class WorkQueueTests(ServiceFixture service)
{
    [Fact]
    public async Task Open_cases_page_oldest_first_and_a_closed_case_leaves_the_queue()
    {
        var opened = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            opened.Add((string)(await service.Api.OpenCaseAsync())["caseNumber"]!);
        }
        var all = await Poll.UntilAsync(() => ReadAllAsync("service=ClearanceLetter&stage=AwaitingScans&pageSize=2"),
            items => opened.All(n => items.Any(i => (string?)i["caseNumber"] == n)), "the new cases in the queue");
        var positions = opened.Select(n => all.FindIndex(i => (string?)i["caseNumber"] == n)).ToList();
        Assert.Equal(positions.Order(), positions);
        Assert.All(all, i => Assert.Equal("AwaitingScans", (string?)i["stage"]));
        var openedAt = all.Select(i => DateTimeOffset.Parse((string)i["openedAt"]!, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(openedAt.Order(), openedAt);

        using (var firstPage = await service.Api.GetAsync("api/cases?stage=AwaitingScans&pageSize=2", "records"))
        {
            var page = await ApiClient.ExpectAsync(firstPage, 200);
            Assert.True(page["items"]!.AsArray().Count <= 2);
            Assert.NotNull((string?)page["continuationToken"]);
        }

        var referral = ApiClient.SampleCase();
        referral["clearance"]!["purpose"] = "Other";
        var referred = await service.Api.OpenCaseAsync(referral);
        var n = (string)referred["caseNumber"]!;
        var journey = new CaseJourney(service, n);
        await service.Api.WaitForCaseAsync(n, c => c["correspondence"]!.AsArray().Count == 2, "two notices");
        await Poll.UntilAsync(() => ReadAllAsync("service=Referral"), items => items.Any(i => (string?)i["caseNumber"] == n), "the referral in its queue");
        await journey.MailEverythingAsync();
        await Poll.UntilAsync(() => ReadAllAsync("service=Referral"), items => items.All(i => (string?)i["caseNumber"] != n), "the closed case to leave");
    }

    [Fact]
    public async Task A_case_past_its_service_target_is_flagged_overdue_in_the_queue_and_the_view()
    {
        var journey = await CaseJourney.OpenAsync(service);
        var n = journey.CaseNumber;
        await journey.ToSupervisorDecisionAsync();

        var items = await Poll.UntilAsync(() => ReadAllAsync("stage=SupervisorDecision&waitingOn=Staff"),
            all => all.Any(i => (string?)i["caseNumber"] == n && (string?)i["urgency"] == "Overdue"), "the case flagged overdue");
        Assert.NotNull(items.Single(i => (string?)i["caseNumber"] == n)["deadline"]);
        var view = await service.Api.WaitForCaseAsync(n, c => (bool?)c["overdue"] == true, "the view flagged overdue");
        Assert.Contains("supervisor-decided", view["expectedEvents"]!.AsArray().Select(e => (string?)e));
    }

    [Theory]
    [InlineData("stage=Lunch", "stage")]
    [InlineData("service=Parking", "service")]
    [InlineData("waitingOn=7", "waitingOn")]
    [InlineData("pageSize=0", "pageSize")]
    public async Task A_bad_filter_is_400_naming_it(string query, string field)
    {
        using var response = await service.Api.GetAsync($"api/cases?{query}", "auditor");
        var problem = await ApiClient.ExpectAsync(response, 400);
        Assert.NotNull(problem["errors"]![field]);
    }

    private async Task<List<JsonObject>> ReadAllAsync(string query)
    {
        var items = new List<JsonObject>();
        string? token = null;
        do
        {
            var path = $"api/cases?{query}" + (token is null ? "" : $"&continuationToken={Uri.EscapeDataString(token)}");
            using var response = await service.Api.GetAsync(path, "auditor");
            var page = await ApiClient.ExpectAsync(response, 200);
            items.AddRange(page["items"]!.AsArray().Select(i => i!.AsObject()));
            token = (string?)page["continuationToken"];
        }
        while (token is not null);
        return items;
    }
}
