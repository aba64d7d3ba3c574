using ClearanceWorkflow.Core.Cases;
using ClearanceWorkflow.Core.Domain;
using ClearanceWorkflow.Core.Workflows;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;

namespace ClearanceWorkflow.Core.Tests.Workflows;

/// <summary>
/// The rule for changing a procedure while cases wait in it: a change to the sequence of durable calls ships under a new
/// orchestrator name, and the old one stays registered until its last case closes. Shown with a small procedure built
/// from the same <see cref="CaseFlow"/> the real ones use, on the real engine, with the worker replaced between versions.
/// </summary>
public sealed class VersioningTests
{
    private const string Procedure = "DemoProcedure";
    private const string ProcedureV2 = "DemoProcedureV2";

    [Fact]
    public async Task Cases_waiting_in_version_1_finish_on_version_1_after_a_deployment_while_new_cases_run_version_2()
    {
        await using var engine = new ReplaceableWorker();
        await engine.DeployAsync(r => WithActivities(r).AddOrchestrator<DemoProcedureV1>(Procedure));
        var old = await OpenAsync(engine, Procedure);

        // Version 2 adds a step (a notice mailed after scanning): a new name; version 1 is kept for the cases in flight.
        await engine.DeployAsync(r => WithActivities(r).AddOrchestrator<DemoProcedureV1>(Procedure).AddOrchestrator<DemoProcedureV2>(ProcedureV2));
        var young = await OpenAsync(engine, ProcedureV2);

        await RaiseAsync(engine, old, EventTypes.ScanningCompleted);
        var oldClosed = await FinishedAsync(engine, old);
        Assert.Equal((CaseOutcome.Issued, 0), (oldClosed.Outcome, oldClosed.Correspondence.Count));

        await RaiseAsync(engine, young, EventTypes.ScanningCompleted);
        var notice = await Eventually.UntilAsync("the version 2 notice in the outbox", () => Task.FromResult(engine.Outbox.ItemsOf(young)),
            items => items.Count == 1, items => $"{items.Count} item(s)");
        await RaiseAsync(engine, young, EventTypes.CorrespondenceMailed, new CorrespondenceMailed(notice[0].ItemId));
        var youngClosed = await FinishedAsync(engine, young);
        Assert.Equal((CaseOutcome.Issued, CorrespondenceState.Mailed), (youngClosed.Outcome, youngClosed.Correspondence.Single().State));
    }

    [Fact]
    public async Task Changing_a_step_under_the_old_name_breaks_the_cases_already_past_it()
    {
        await using var engine = new ReplaceableWorker();
        await engine.DeployAsync(r => WithActivities(r).AddOrchestrator<DemoProcedureV1>(Procedure));
        var waiting = await OpenAsync(engine, Procedure);

        // What the rule forbids: the changed procedure (a notice before the wait) deployed under the name in use.
        await engine.DeployAsync(r => WithActivities(r).AddOrchestrator<DemoProcedureChangedInPlace>(Procedure));
        await RaiseAsync(engine, waiting, EventTypes.ScanningCompleted);

        var failed = await Eventually.UntilAsync("the replay to fail", () => engine.Client.GetInstanceAsync(waiting, getInputsAndOutputs: true),
            i => i?.RuntimeStatus == OrchestrationRuntimeStatus.Failed, i => $"{i?.RuntimeStatus}");
        Assert.Contains("NonDeterministic", failed!.FailureDetails!.ErrorType, StringComparison.Ordinal);
    }

    private static DurableTaskRegistry WithActivities(DurableTaskRegistry registry)
    {
        foreach (var (name, type) in CaseTasks.Activities)
        {
            registry.AddActivity(name, type);
        }
        return registry;
    }

    private static async Task<string> OpenAsync(ReplaceableWorker engine, string orchestrator)
    {
        var opening = Openings.ClearanceLetter(CaseNumber.New(ServiceKind.ClearanceLetter, 2026), Openings.Terms(), paymentEnclosed: true);
        await engine.Client.ScheduleNewOrchestrationInstanceAsync(orchestrator, opening, new StartOrchestrationOptions(opening.CaseNumber));
        // Settled, not just waiting on paper: its index write (the last activity before the wait) is done and the episode
        // after it has committed. A worker stopped in the middle of an episode would leave it with the sidecar.
        await Eventually.UntilAsync("the case to settle into its wait for scans", () => engine.Client.GetInstanceAsync(opening.CaseNumber, getInputsAndOutputs: true),
            i => i?.ReadCustomStatusAs<CaseStatus>()?.ExpectedEvents.Contains(EventTypes.ScanningCompleted) == true
                && engine.Index.LastWriteOf(opening.CaseNumber) is { } written && i.LastUpdatedAt > written,
            i => $"{i?.RuntimeStatus}");
        return opening.CaseNumber;
    }

    private static Task RaiseAsync(ReplaceableWorker engine, string caseNumber, string type, object? body = null) =>
        engine.Client.RaiseEventAsync(caseNumber, CaseEvent.ExternalEventName, new CaseEvent
        {
            Type = type,
            EventId = $"{type}-{Guid.NewGuid():N}",
            Actor = "staff-1",
            ReceivedAt = DateTimeOffset.UtcNow,
            Body = body is null ? null : System.Text.Json.JsonSerializer.SerializeToElement(body, body.GetType(), CaseJson.Options),
        });

    private static async Task<CaseStatus> FinishedAsync(ReplaceableWorker engine, string caseNumber)
    {
        var done = await Eventually.UntilAsync($"{caseNumber} to finish", () => engine.Client.GetInstanceAsync(caseNumber, getInputsAndOutputs: true),
            i => i?.IsCompleted == true, i => $"{i?.RuntimeStatus} {i?.FailureDetails?.ErrorMessage}");
        Assert.Equal(OrchestrationRuntimeStatus.Completed, done!.RuntimeStatus);
        return done.ReadOutputAs<CaseStatus>()!;
    }

    /// <summary>Version 1: scanning, then closed.</summary>
    private sealed class DemoProcedureV1 : TaskOrchestrator<CaseOpening, CaseStatus>
    {
        public override async Task<CaseStatus> RunAsync(TaskOrchestrationContext context, CaseOpening input)
        {
            var flow = new CaseFlow(context, input);
            await flow.WaitForStaffAsync(CaseStage.AwaitingScans, WaitingOn.Scanning, EventTypes.ScanningCompleted);
            await flow.CloseAsync(CaseOutcome.Issued, CaseFlow.System, "Version 1 done");
            return flow.Status;
        }
    }

    /// <summary>Version 2: scanning, then a notice mailed, then closed.</summary>
    private sealed class DemoProcedureV2 : TaskOrchestrator<CaseOpening, CaseStatus>
    {
        public override async Task<CaseStatus> RunAsync(TaskOrchestrationContext context, CaseOpening input)
        {
            var flow = new CaseFlow(context, input);
            await flow.WaitForStaffAsync(CaseStage.AwaitingScans, WaitingOn.Scanning, EventTypes.ScanningCompleted);
            await flow.IssueCorrespondenceAsync(CorrespondenceKind.DeficiencyNotice, "Version 2", ["A step version 1 did not have."], null, awaitsApproval: false);
            await flow.MailAllAndCloseAsync(CaseOutcome.Issued, "Version 2 done");
            return flow.Status;
        }
    }

    /// <summary>A step added before the wait, deployed under the old name: cases already waiting cannot replay it.</summary>
    private sealed class DemoProcedureChangedInPlace : TaskOrchestrator<CaseOpening, CaseStatus>
    {
        public override async Task<CaseStatus> RunAsync(TaskOrchestrationContext context, CaseOpening input)
        {
            var flow = new CaseFlow(context, input);
            await flow.IssueCorrespondenceAsync(CorrespondenceKind.DeficiencyNotice, "Changed in place", ["A step added before the wait."], null, awaitsApproval: false);
            await flow.WaitForStaffAsync(CaseStage.AwaitingScans, WaitingOn.Scanning, EventTypes.ScanningCompleted);
            await flow.MailAllAndCloseAsync(CaseOutcome.Issued, "Changed");
            return flow.Status;
        }
    }
}
