using Microsoft.DurableTask;

namespace ClearanceWorkflow.Functions.Durable;

/// <summary>The activity context handed to a Core activity run from an activity-trigger function.</summary>
public sealed class FunctionActivityContext(string name, string instanceId) : TaskActivityContext
{
    /// <inheritdoc />
    public override TaskName Name { get; } = name;

    /// <inheritdoc />
    public override string InstanceId { get; } = instanceId;
}
