using Microsoft.DurableTask.Client;

namespace ClearanceWorkflow.Service.Health;

/// <summary>
/// The durable client the backend's check probes, handed over by the request: the Functions app's client comes from the
/// function's binding, not the container, so both hosts pass theirs the same way.
/// </summary>
public sealed class DurableProbeClient
{
    private readonly AsyncLocal<DurableTaskClient?> current = new();

    /// <summary>The client of the request being checked, if any.</summary>
    public DurableTaskClient? Client => current.Value;

    /// <summary>Sets the client for the checks this async flow runs next.</summary>
    public void Use(DurableTaskClient client) => current.Value = client;
}
