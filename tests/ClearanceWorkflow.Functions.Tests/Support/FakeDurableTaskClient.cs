using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;

namespace ClearanceWorkflow.Functions.Tests.Support;

/// <summary>A durable client that knows no instances and records which ones were asked for; anything else is unexpected.</summary>
public sealed class FakeDurableTaskClient() : DurableTaskClient("fake")
{
    private readonly List<string> requested = [];

    /// <summary>The instance ids looked up, in order.</summary>
    public IReadOnlyList<string> Requested => requested;

    /// <inheritdoc />
    public override Task<OrchestrationMetadata?> GetInstancesAsync(string instanceId, bool getInputsAndOutputs = false, CancellationToken cancellation = default)
    {
        requested.Add(instanceId);
        return Task.FromResult<OrchestrationMetadata?>(null);
    }

    /// <inheritdoc />
    public override Task<string> ScheduleNewOrchestrationInstanceAsync(TaskName orchestratorName, object? input = null, StartOrchestrationOptions? options = null, CancellationToken cancellation = default) =>
        throw Unexpected();

    /// <inheritdoc />
    public override Task RaiseEventAsync(string instanceId, string eventName, object? eventPayload = null, CancellationToken cancellation = default) =>
        throw Unexpected();

    /// <inheritdoc />
    public override Task<OrchestrationMetadata> WaitForInstanceStartAsync(string instanceId, bool getInputsAndOutputs = false, CancellationToken cancellation = default) =>
        throw Unexpected();

    /// <inheritdoc />
    public override Task<OrchestrationMetadata> WaitForInstanceCompletionAsync(string instanceId, bool getInputsAndOutputs = false, CancellationToken cancellation = default) =>
        throw Unexpected();

    /// <inheritdoc />
    public override Task SuspendInstanceAsync(string instanceId, string? reason = null, CancellationToken cancellation = default) =>
        throw Unexpected();

    /// <inheritdoc />
    public override Task ResumeInstanceAsync(string instanceId, string? reason = null, CancellationToken cancellation = default) =>
        throw Unexpected();

    /// <inheritdoc />
    public override AsyncPageable<OrchestrationMetadata> GetAllInstancesAsync(OrchestrationQuery? filter = null) =>
        throw Unexpected();

    /// <inheritdoc />
    public override ValueTask DisposeAsync() => ValueTask.CompletedTask;

    private static NotSupportedException Unexpected() => new("These tests expect only instance look-ups.");
}
