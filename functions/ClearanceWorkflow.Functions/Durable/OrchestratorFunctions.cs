using ClearanceWorkflow.Core.Cases;
using ClearanceWorkflow.Core.Workflows;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask;

namespace ClearanceWorkflow.Functions.Durable;

/// <summary>The orchestrators of <see cref="CaseTasks.Orchestrators"/> as orchestration-trigger functions of the same names.</summary>
public static class OrchestratorFunctions
{
    /// <summary>Runs <see cref="ClearanceLetterOrchestrator"/>; the context is the same type the self-hosted worker passes.</summary>
    [Function(ClearanceLetterOrchestrator.Name)]
    public static Task<CaseStatus> ClearanceLetter([OrchestrationTrigger] TaskOrchestrationContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return new ClearanceLetterOrchestrator().RunAsync(context, context.GetInput<CaseOpening>()!);
    }

    /// <summary>Runs <see cref="ReferralOrchestrator"/>.</summary>
    [Function(ReferralOrchestrator.Name)]
    public static Task<CaseStatus> Referral([OrchestrationTrigger] TaskOrchestrationContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return new ReferralOrchestrator().RunAsync(context, context.GetInput<CaseOpening>()!);
    }

    /// <summary>Runs <see cref="ExonerationOrchestrator"/>.</summary>
    [Function(ExonerationOrchestrator.Name)]
    public static Task<CaseStatus> Exoneration([OrchestrationTrigger] TaskOrchestrationContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return new ExonerationOrchestrator().RunAsync(context, context.GetInput<CaseOpening>()!);
    }

    /// <summary>Runs <see cref="SealingOrchestrator"/>.</summary>
    [Function(SealingOrchestrator.Name)]
    public static Task<CaseStatus> Sealing([OrchestrationTrigger] TaskOrchestrationContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return new SealingOrchestrator().RunAsync(context, context.GetInput<CaseOpening>()!);
    }

    /// <summary>Runs <see cref="SealingOrchestratorV2"/>.</summary>
    [Function(SealingOrchestratorV2.Name)]
    public static Task<CaseStatus> SealingV2([OrchestrationTrigger] TaskOrchestrationContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return new SealingOrchestratorV2().RunAsync(context, context.GetInput<CaseOpening>()!);
    }

    /// <summary>Runs <see cref="ClearanceLetterOrchestratorV2"/>.</summary>
    [Function(ClearanceLetterOrchestratorV2.Name)]
    public static Task<CaseStatus> ClearanceLetterV2([OrchestrationTrigger] TaskOrchestrationContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return new ClearanceLetterOrchestratorV2().RunAsync(context, context.GetInput<CaseOpening>()!);
    }

    /// <summary>Runs <see cref="ExonerationOrchestratorV2"/>.</summary>
    [Function(ExonerationOrchestratorV2.Name)]
    public static Task<CaseStatus> ExonerationV2([OrchestrationTrigger] TaskOrchestrationContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return new ExonerationOrchestratorV2().RunAsync(context, context.GetInput<CaseOpening>()!);
    }

    /// <summary>Runs <see cref="ClearanceLetterOrchestratorV3"/>.</summary>
    [Function(ClearanceLetterOrchestratorV3.Name)]
    public static Task<CaseStatus> ClearanceLetterV3([OrchestrationTrigger] TaskOrchestrationContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return new ClearanceLetterOrchestratorV3().RunAsync(context, context.GetInput<CaseOpening>()!);
    }

    /// <summary>Runs <see cref="ClearanceLetterOrchestratorV4"/>.</summary>
    [Function(ClearanceLetterOrchestratorV4.Name)]
    public static Task<CaseStatus> ClearanceLetterV4([OrchestrationTrigger] TaskOrchestrationContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return new ClearanceLetterOrchestratorV4().RunAsync(context, context.GetInput<CaseOpening>()!);
    }

    /// <summary>Runs <see cref="ClearanceLetterOrchestratorV5"/>.</summary>
    [Function(ClearanceLetterOrchestratorV5.Name)]
    public static Task<CaseStatus> ClearanceLetterV5([OrchestrationTrigger] TaskOrchestrationContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return new ClearanceLetterOrchestratorV5().RunAsync(context, context.GetInput<CaseOpening>()!);
    }

    /// <summary>Runs <see cref="ExonerationOrchestratorV3"/>.</summary>
    [Function(ExonerationOrchestratorV3.Name)]
    public static Task<CaseStatus> ExonerationV3([OrchestrationTrigger] TaskOrchestrationContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return new ExonerationOrchestratorV3().RunAsync(context, context.GetInput<CaseOpening>()!);
    }

    /// <summary>Runs <see cref="ExonerationOrchestratorV4"/>.</summary>
    [Function(ExonerationOrchestratorV4.Name)]
    public static Task<CaseStatus> ExonerationV4([OrchestrationTrigger] TaskOrchestrationContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return new ExonerationOrchestratorV4().RunAsync(context, context.GetInput<CaseOpening>()!);
    }
}
