using ClearanceWorkflow.TestSupport;
using Xunit;

namespace ClearanceWorkflow.EndToEnd.Tests;

/// <summary>
/// Two servers share one task hub; one dies (kill -9) just after accepting events: the other applies them within a minute.
/// It takes the dead server's partitions once their leases lapse (Durable:LeaseInterval plus one LeaseAcquireInterval pass,
/// 25 s) and the messages the dead server had taken once they show again (Durable:MessageVisibilityTimeout, 30 s).
/// </summary>
[Collection(EndToEndCollection.Name)]
public sealed class FailoverTests(ServiceFixture service)
{
    private const int Cases = 8;

    [Fact]
    public async Task Events_accepted_by_a_server_killed_right_after_are_applied_by_the_other_within_a_minute()
    {
        await using var first = new ServerProcess(service.ConnectionString, "failhub", new Dictionary<string, string> { ["Durable__WorkerId"] = "failhub-a" });
        await using var second = new ServerProcess(service.ConnectionString, "failhub", new Dictionary<string, string> { ["Durable__WorkerId"] = "failhub-b" });
        await first.StartAsync();
        await second.StartAsync();
        using var dying = new ApiClient(first.BaseAddress);
        using var surviving = new ApiClient(second.BaseAddress);
        // Cases on every partition of the hub, each running and waiting for its scanning to be completed (its opening is on
        // its timeline: a case just opened shows its first stage before it runs).
        var cases = new List<string>();
        for (var i = 0; i < Cases; i++)
        {
            cases.Add((string)(await dying.OpenCaseAsync())["caseNumber"]!);
        }
        foreach (var n in cases)
        {
            await Poll.UntilAsync(async () =>
            {
                using var response = await dying.GetAsync($"api/cases/{n}/timeline", "auditor");
                return await ApiClient.ExpectAsync(response, 200);
            }, t => t["entries"]!.AsArray().Any(e => (string?)e!["what"] == "CaseOpened"), $"case {n} to run");
        }

        // All at once, so the first server dies with events accepted but not yet applied (taken from its queues, or not).
        await Task.WhenAll(cases.Select(n => dying.SignalAsync(n, "scanning-completed", "intake")));
        await first.KillAsync();

        string?[] stages = [];
        try
        {
            await Poll.UntilAsync(
                async () => stages = await Task.WhenAll(cases.Select(async n => (string?)(await surviving.GetCaseAsync(n))["stage"])),
                all => all.All(stage => stage == "DocumentReview"), "every accepted event applied by the surviving server",
                TimeSpan.FromSeconds(60));
        }
        catch (TimeoutException e)
        {
            throw new TimeoutException($"{e.Message} Stages: {string.Join(", ", cases.Zip(stages, (n, stage) => $"{n} {stage}"))}."
                + $"{Environment.NewLine}The surviving server's last lines:{Environment.NewLine}{second.RecentOutput}", e);
        }
        Assert.All(stages, stage => Assert.Equal("DocumentReview", stage));
    }
}

