using ClearanceWorkflow.Core.Cases;
using ClearanceWorkflow.Service.Http;
using ClearanceWorkflow.Service.Tests.Support;
using Microsoft.DurableTask.Client;

namespace ClearanceWorkflow.Service.Tests.Http;

public sealed class CaseEventDeliveryTests
{
    private const string Case = "CL-2026-ABCDEF";
    private static readonly CaseEvent Completed = new() { Type = EventTypes.ScanningCompleted, EventId = "e-1", Actor = "intake-1", ReceivedAt = DateTimeOffset.UnixEpoch };

    [Fact]
    public async Task An_event_for_a_started_case_is_raised_at_once()
    {
        var client = new RecordingClient(startsAfter: Timeout.InfiniteTimeSpan);

        await CaseEventDelivery.RaiseAsync(client, Case, Completed, started: true, TimeSpan.FromSeconds(10), CancellationToken.None);

        Assert.Equal([$"raise {Case} {CaseEvent.ExternalEventName}"], client.Calls);
    }

    [Fact]
    public async Task An_event_for_a_case_just_opened_is_raised_once_the_case_has_started()
    {
        var client = new RecordingClient(startsAfter: TimeSpan.Zero);

        await CaseEventDelivery.RaiseAsync(client, Case, Completed, started: false, TimeSpan.FromSeconds(10), CancellationToken.None);

        Assert.Equal([$"wait {Case}", $"raise {Case} {CaseEvent.ExternalEventName}"], client.Calls);
    }

    [Fact]
    public async Task An_event_for_a_case_that_does_not_start_in_time_is_not_raised_and_the_caller_is_told_to_try_again()
    {
        var client = new RecordingClient(startsAfter: Timeout.InfiniteTimeSpan);

        // A timeout is an outage to the API: 503, nothing was changed.
        var timeout = await Assert.ThrowsAsync<TimeoutException>(() =>
            CaseEventDelivery.RaiseAsync(client, Case, Completed, started: false, TimeSpan.FromMilliseconds(50), CancellationToken.None));

        Assert.True(Faults.IsOutage(timeout));
        Assert.Equal([$"wait {Case}"], client.Calls);
    }

    /// <summary>A durable client whose instance starts after a while; it records waits and raised events.</summary>
    private sealed class RecordingClient(TimeSpan startsAfter) : StandInDurableClient("recording")
    {
        public List<string> Calls { get; } = [];

        public override async Task<OrchestrationMetadata> WaitForInstanceStartAsync(string instanceId, bool getInputsAndOutputs = false, CancellationToken cancellation = default)
        {
            Calls.Add($"wait {instanceId}");
            await Task.Delay(startsAfter, cancellation);
            return new OrchestrationMetadata("ClearanceLetterOrchestrator", instanceId) { RuntimeStatus = OrchestrationRuntimeStatus.Running };
        }

        public override Task RaiseEventAsync(string instanceId, string eventName, object? eventPayload = null, CancellationToken cancellation = default)
        {
            Calls.Add($"raise {instanceId} {eventName}");
            return Task.CompletedTask;
        }
    }
}
