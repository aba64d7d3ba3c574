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
        [ClearanceLetterOrchestratorV2.Name] = typeof(ClearanceLetterOrchestratorV2),
        [ClearanceLetterOrchestratorV3.Name] = typeof(ClearanceLetterOrchestratorV3),
        [ClearanceLetterOrchestratorV4.Name] = typeof(ClearanceLetterOrchestratorV4),
        [ClearanceLetterOrchestratorV5.Name] = typeof(ClearanceLetterOrchestratorV5),
        [ReferralOrchestrator.Name] = typeof(ReferralOrchestrator),
        [ExonerationOrchestrator.Name] = typeof(ExonerationOrchestrator),
        [ExonerationOrchestratorV2.Name] = typeof(ExonerationOrchestratorV2),
        [ExonerationOrchestratorV3.Name] = typeof(ExonerationOrchestratorV3),
        [ExonerationOrchestratorV4.Name] = typeof(ExonerationOrchestratorV4),
        [SealingOrchestrator.Name] = typeof(SealingOrchestrator),
        [SealingOrchestratorV2.Name] = typeof(SealingOrchestratorV2),
    };

    /// <summary>The orchestrator that runs new cases of <paramref name="service"/> (older versions finish the cases they hold).</summary>
    public static string OrchestratorFor(Domain.ServiceKind service) => service switch
    {
        Domain.ServiceKind.ClearanceLetter => ClearanceLetterOrchestratorV5.Name,
        Domain.ServiceKind.Referral => ReferralOrchestrator.Name,
        Domain.ServiceKind.Exoneration => ExonerationOrchestratorV4.Name,
        Domain.ServiceKind.ArrestRecordSealing => SealingOrchestratorV2.Name,
        _ => throw new ArgumentOutOfRangeException(nameof(service), service, "No orchestrator runs this service yet."),
    };

    /// <summary>Whether the orchestrator of <paramref name="name"/> signs letters at approval (needs the approver's name and title).</summary>
    public static bool SignsAtApproval(string? name) =>
        name is ClearanceLetterOrchestratorV3.Name or ClearanceLetterOrchestratorV4.Name or ClearanceLetterOrchestratorV5.Name
            or ExonerationOrchestratorV3.Name or ExonerationOrchestratorV4.Name;

    /// <summary>The activities, by name.</summary>
    public static readonly IReadOnlyDictionary<string, Type> Activities = new Dictionary<string, Type>
    {
        [RecordCaseHistory.Name] = typeof(RecordCaseHistory),
        [RenderCorrespondence.Name] = typeof(RenderCorrespondence),
        [PlaceInOutbox.Name] = typeof(PlaceInOutbox),
        [RemoveFromOutbox.Name] = typeof(RemoveFromOutbox),
        [RegisterVerification.Name] = typeof(RegisterVerification),
        [DestroyCaseRecords.Name] = typeof(DestroyCaseRecords),
        [MintVerificationCode.Name] = typeof(MintVerificationCode),
        [IssueCorrespondence.Name] = typeof(IssueCorrespondence),
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
