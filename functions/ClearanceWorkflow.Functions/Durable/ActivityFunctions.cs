using ClearanceWorkflow.Core.Activities;
using ClearanceWorkflow.Core.Workflows;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask;
using Microsoft.Extensions.DependencyInjection;

namespace ClearanceWorkflow.Functions.Durable;

/// <summary>
/// The activities of <see cref="CaseTasks.Activities"/> as activity-trigger functions of the same names. Each resolves
/// the Core activity from the container (constructed from the registered ports) and runs it, as the self-hosted worker does.
/// </summary>
public static class ActivityFunctions
{
    /// <summary>Runs <see cref="Core.Activities.RecordCaseHistory"/>.</summary>
    [Function(RecordCaseHistory.Name)]
    public static Task<bool> RunRecordCaseHistory([ActivityTrigger] CaseHistoryUpdate input, string instanceId, FunctionContext executionContext) =>
        RunAsync<RecordCaseHistory, CaseHistoryUpdate>(RecordCaseHistory.Name, input, instanceId, executionContext);

    /// <summary>Runs <see cref="Core.Activities.RenderCorrespondence"/>.</summary>
    [Function(RenderCorrespondence.Name)]
    public static Task<bool> RunRenderCorrespondence([ActivityTrigger] RenderRequest input, string instanceId, FunctionContext executionContext) =>
        RunAsync<RenderCorrespondence, RenderRequest>(RenderCorrespondence.Name, input, instanceId, executionContext);

    /// <summary>Runs <see cref="Core.Activities.PlaceInOutbox"/>.</summary>
    [Function(PlaceInOutbox.Name)]
    public static Task<bool> RunPlaceInOutbox([ActivityTrigger] OutboxItem input, string instanceId, FunctionContext executionContext) =>
        RunAsync<PlaceInOutbox, OutboxItem>(PlaceInOutbox.Name, input, instanceId, executionContext);

    /// <summary>Runs <see cref="Core.Activities.RemoveFromOutbox"/>.</summary>
    [Function(RemoveFromOutbox.Name)]
    public static Task<bool> RunRemoveFromOutbox([ActivityTrigger] OutboxItem input, string instanceId, FunctionContext executionContext) =>
        RunAsync<RemoveFromOutbox, OutboxItem>(RemoveFromOutbox.Name, input, instanceId, executionContext);

    /// <summary>Runs <see cref="Core.Activities.RegisterVerification"/>.</summary>
    [Function(RegisterVerification.Name)]
    public static Task<bool> RunRegisterVerification([ActivityTrigger] VerificationRecord input, string instanceId, FunctionContext executionContext) =>
        RunAsync<RegisterVerification, VerificationRecord>(RegisterVerification.Name, input, instanceId, executionContext);

    /// <summary>Runs <see cref="Core.Activities.DestroyCaseRecords"/>.</summary>
    [Function(DestroyCaseRecords.Name)]
    public static Task<bool> RunDestroyCaseRecords([ActivityTrigger] CaseTombstone input, string instanceId, FunctionContext executionContext) =>
        RunAsync<DestroyCaseRecords, CaseTombstone>(DestroyCaseRecords.Name, input, instanceId, executionContext);

    /// <summary>Runs <see cref="Core.Activities.MintVerificationCode"/>.</summary>
    [Function(MintVerificationCode.Name)]
    public static Task<string> RunMintVerificationCode([ActivityTrigger] VerificationCodeRequest input, string instanceId, FunctionContext executionContext) =>
        RunAsync<MintVerificationCode, VerificationCodeRequest, string>(MintVerificationCode.Name, input, instanceId, executionContext);

    /// <summary>Runs <see cref="Core.Activities.IssueCorrespondence"/>.</summary>
    [Function(IssueCorrespondence.Name)]
    public static Task<string> RunIssueCorrespondence([ActivityTrigger] IssueRequest input, string instanceId, FunctionContext executionContext) =>
        RunAsync<IssueCorrespondence, IssueRequest, string>(IssueCorrespondence.Name, input, instanceId, executionContext);

    private static Task<bool> RunAsync<TActivity, TInput>(string name, TInput input, string instanceId, FunctionContext executionContext)
        where TActivity : TaskActivity<TInput, bool> =>
        RunAsync<TActivity, TInput, bool>(name, input, instanceId, executionContext);

    private static Task<TOutput> RunAsync<TActivity, TInput, TOutput>(string name, TInput input, string instanceId, FunctionContext executionContext)
        where TActivity : TaskActivity<TInput, TOutput>
    {
        ArgumentNullException.ThrowIfNull(executionContext);
        var activity = ActivatorUtilities.GetServiceOrCreateInstance<TActivity>(executionContext.InstanceServices);
        return activity.RunAsync(new FunctionActivityContext(name, instanceId), input);
    }
}
