using Azure.Storage.Queues;
using ClearanceWorkflow.TestSupport;
using Xunit;

namespace ClearanceWorkflow.EndToEnd.Tests;

/// <summary>
/// A durable timer waits in the backend's control queue until it is due, after its case moved on or closed, and every
/// waiting message costs the queue service on each receive. A clearance letter keeps one timer for the whole case, so a
/// closed case leaves one message behind (due within a day, Workflow:TimerRound), not one per stage it passed.
/// </summary>
[Collection(EndToEndCollection.Name)]
public sealed class DurableTimerTests
{
    private const string Hub = "timerhub";

    [Fact]
    public async Task A_clearance_letter_that_closes_leaves_one_durable_timer_in_the_control_queues()
    {
        // Its own storage: the shared server would take these scans from the scans container.
        await using var azurite = await AzuriteProcess.StartAsync();
        await using var server = new ServerProcess(azurite.ConnectionString, Hub);
        await server.StartAsync();
        using var api = new ApiClient(server.BaseAddress);
        var journey = await CaseJourney.OpenAsync(api, new ScanStation(azurite.ConnectionString));
        await journey.ScanDocumentsAsync();
        await journey.CompleteReviewAsync();
        await journey.PayAndCheckRecordsAsync();
        await api.SignalAsync(journey.CaseNumber, "letter-approved", "supervisor");
        await api.WaitForStageAsync(journey.CaseNumber, "AwaitingMailing");
        Assert.Equal("Issued", (string?)(await journey.MailEverythingAsync())["outcome"]);

        // Seven waits, each of days (version 4 left seven); messages of the steps themselves leave the queues as taken.
        var queues = new QueueServiceClient(azurite.ConnectionString);
        var waiting = await Poll.UntilAsync(async () =>
        {
            var count = 0;
            await foreach (var queue in queues.GetQueuesAsync(prefix: Hub + "-control-"))
            {
                count += (await queues.GetQueueClient(queue.Name).GetPropertiesAsync()).Value.ApproximateMessagesCount;
            }
            return count;
        }, count => count <= 1, "the closed case's messages to leave the control queues but its one timer");
        Assert.Equal(1, waiting);
    }
}
