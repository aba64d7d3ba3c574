using ClearanceWorkflow.Core.Activities;
using Microsoft.DurableTask;

namespace ClearanceWorkflow.Core.Workflows;

/// <summary>Every orchestrator and activity of the service: both hosts register exactly these.</summary>
public static class CaseTasks
{
    /// <summary>The orchestrators, by name.</summary>
    public static readonly IReadOnlyDictionary<string, Type> Orchestrators = new Dictionary<string, Type>
    {
        [ClearanceLetterOrchestrator.Name] = typeof(ClearanceLetterOrchestrator),
    };

    /// <summary>The activities, by name.</summary>
    public static readonly IReadOnlyDictionary<string, Type> Activities = new Dictionary<string, Type>
    {
        [RecordCaseHistory.Name] = typeof(RecordCaseHistory),
        [RenderCorrespondence.Name] = typeof(RenderCorrespondence),
        [PlaceInOutbox.Name] = typeof(PlaceInOutbox),
        [RemoveFromOutbox.Name] = typeof(RemoveFromOutbox),
        [RegisterVerification.Name] = typeof(RegisterVerification),
    };

    /// <summary>Adds every orchestrator and activity to <paramref name="registry"/>.</summary>
    public static DurableTaskRegistry AddCaseTasks(this DurableTaskRegistry registry)
    {
        ArgumentNullException.ThrowIfNull(registry);
        foreach (var (name, type) in Orchestrators)
        {
            registry.AddOrchestrator(name, type);
        }
        foreach (var (name, type) in Activities)
        {
            registry.AddActivity(name, type);
        }
        return registry;
    }
}
