using ClearanceWorkflow.Core.Cases;
using ClearanceWorkflow.Core.Domain;
using Microsoft.DurableTask;

namespace ClearanceWorkflow.Core.Workflows;

/// <summary>
/// A petition to seal and destroy adult arrest records (Penal Code 851.8): scanned, reviewed by the agency, concurred by the
/// prosecutor, all against the decision clock; granted, it seals the records, notifies the petitioner, the state and each
/// co-arresting agency, waits years for destruction, and destroys the case's personal data.
/// </summary>
/// <remarks>Version 1, without checkpoints: kept unchanged until its last case has closed.</remarks>
[DurableTask(Name)]
public sealed class SealingOrchestrator : TaskOrchestrator<CaseOpening, CaseStatus>
{
    /// <summary>The orchestration name.</summary>
    public const string Name = nameof(SealingOrchestrator);

    /// <inheritdoc />
    public override Task<CaseStatus> RunAsync(TaskOrchestrationContext context, CaseOpening input) =>
        new SealingProcedure(new CaseFlow(context, input)).RunAsync();
}

/// <summary>
/// Version 2 of the sealing: the same procedure, continuing as new when the sealed records start their wait for destruction
/// and after each round of that years-long wait (<see cref="CaseTerms.LongWaitRound"/>), so the history stays small.
/// </summary>
[DurableTask(Name)]
public sealed class SealingOrchestratorV2 : TaskOrchestrator<CaseOpening, CaseStatus>
{
    /// <summary>The orchestration name.</summary>
    public const string Name = nameof(SealingOrchestratorV2);

    /// <inheritdoc />
    public override Task<CaseStatus> RunAsync(TaskOrchestrationContext context, CaseOpening input) =>
        new SealingProcedure(new CaseFlow(context, input) { Checkpoints = true }).RunAsync();
}

/// <summary>The procedure of one sealing petition.</summary>
internal sealed class SealingProcedure(CaseFlow flow)
{
    private CaseTerms Terms => flow.Opening.Terms;

    private SealingRequest Petition => flow.Opening.Sealing
        ?? throw new InvalidOperationException("A sealing needs its petition: booking number, arrest date, arresting agencies.");

    // The procedure's checkpoint (version 2): sealed, waiting for destruction.
    private const string AtDestruction = "Destruction";

    public Task<CaseStatus> RunAsync() => flow.RunAsync(resumeAt => resumeAt == AtDestruction ? DestroyWhenDueAsync() : DecideAndActAsync());

    private async Task DecideAndActAsync()
    {
        flow.Record("CaseOpened", flow.Opening.OpenedBy, $"Petition received {flow.Opening.ReceivedOn:yyyy-MM-dd}");
        if (SealingRules.NeedsGoodCause(Petition.ArrestDate!.Value, flow.Opening.ReceivedOn, Terms.SealingGoodCauseAfterYears))
        {
            flow.Update(s => s with { NeedsGoodCause = true });
            flow.Record("GoodCauseRequired", CaseFlow.System,
                $"Filed more than {Terms.SealingGoodCauseAfterYears} years after the arrest: the reviewer needs good cause (851.8(l))");
        }
        var decisionDue = SealingRules.DecisionDue(
            flow.Opening.ReceivedOn, Petition.LimitationsLapsedOn, Terms.SealingDecisionPeriod, Terms.TimeZone, flow.Now);
        var decided = await DecideAsync(decisionDue);
        if (decided is null)
        {
            await CloseWithNoticeAsync(SealingTexts.DeemedDenied(Terms.SealingDecisionPeriod), CaseOutcome.DeemedDenied,
                "No decision within the decision period (851.8(b))");
        }
        else if (decided is { Granted: false, Reason: var reason })
        {
            await CloseWithNoticeAsync(SealingTexts.Denied(reason), CaseOutcome.Denied, "Denied");
        }
        else
        {
            await SealAsync();
            await DestroyWhenDueAsync();
        }
    }

    /// <summary>Scans, agency review and prosecutor concurrence, all before the decision clock runs out (null: it did).</summary>
    private async Task<(bool Granted, string Reason)?> DecideAsync(DateTimeOffset due)
    {
        var scanned = await flow.WaitAsync(CaseStage.AwaitingScans, WaitingOn.Scanning, [EventTypes.ScanningCompleted], Deadline.HardAt(due));
        if (scanned is null)
        {
            return null;
        }
        flow.Record("ScanningCompleted", scanned.Actor, $"{flow.Status.Documents.Count} document(s) scanned", scanned);

        var reviewed = await flow.WaitAsync(CaseStage.AgencyReview, WaitingOn.Staff, [EventTypes.AgencyReviewed], Deadline.HardAt(due));
        if (reviewed is null)
        {
            return null;
        }
        var review = reviewed.BodyAs<AgencyReviewed>();
        flow.Update(s => s with { DecidedBy = [reviewed.Actor] });
        flow.Record("AgencyReviewed", reviewed.Actor, $"{review.Recommendation}: {review.Reason}", reviewed);
        if (review.Recommendation != SealingRecommendation.Grant)
        {
            return (false, review.Reason ?? "Denied by the agency.");
        }

        var responded = await flow.WaitAsync(CaseStage.ProsecutorConcurrence, WaitingOn.Staff, [EventTypes.ProsecutorResponded], Deadline.HardAt(due));
        if (responded is null)
        {
            return null;
        }
        var response = responded.BodyAs<ProsecutorResponded>();
        flow.Record("ProsecutorResponded", responded.Actor, response.Concurs == true ? "Concurs" : "Does not concur", responded);
        return response.Concurs == true
            ? (true, review.Reason!)
            : (false, "The prosecuting attorney did not concur." + (string.IsNullOrWhiteSpace(response.Reason) ? "" : $" {response.Reason}"));
    }

    /// <summary>Granted: sealed at once; the declaration to the petitioner and the requests to the state and co-arresting agencies mailed.</summary>
    private async Task SealAsync()
    {
        var destroyOn = SealingRules.DestructionDue(Petition.ArrestDate!.Value, Terms.SealedRecordsKeptYears);
        flow.Update(s => s with { Sealed = true, DestructionDueOn = destroyOn });
        flow.Record("RecordsSealed", CaseFlow.System, $"Sealed until destruction on {destroyOn:yyyy-MM-dd} (851.8(a))");
        await flow.IssueCorrespondenceAsync(CorrespondenceKind.FactualInnocenceDeclaration, "Declaration of factual innocence",
            SealingTexts.Declaration(flow.Opening), null, awaitsApproval: false);
        foreach (var agency in new[] { SealingTexts.StateDoj }.Concat(SealingRules.CoArresting(Petition.ArrestingAgencies)
            .Select(name => (Name: name, Address: (IReadOnlyList<string>)[]))))
        {
            await flow.IssueCorrespondenceAsync(CorrespondenceKind.SealAndDestroyRequest, "Request to seal and destroy arrest records",
                SealingTexts.SealAndDestroyRequest(flow.Opening, destroyOn), null, awaitsApproval: false, to: agency);
        }
        await flow.MailAllAsync();
    }

    /// <summary>The years-long wait, then records staff confirm the destruction and the case's personal data is destroyed.</summary>
    private async Task DestroyWhenDueAsync()
    {
        await flow.CheckpointAsync(AtDestruction);
        var due = UnitCalendar.StartOfDay(flow.Status.DestructionDueOn!.Value, Terms.TimeZone);
        while (due > flow.Now)
        {
            var roundEnds = flow.Checkpoints && Terms.LongWaitRound > TimeSpan.Zero && flow.Now + Terms.LongWaitRound < due
                ? flow.Now + Terms.LongWaitRound
                : due;
            await flow.WaitAsync(CaseStage.AwaitingDestruction, WaitingOn.Timer, [], Deadline.HardAt(roundEnds), shownDeadline: due);
            await flow.CheckpointAsync(AtDestruction);
        }
        var destroyed = await flow.WaitForStaffAsync(CaseStage.AwaitingDestruction, WaitingOn.Staff, EventTypes.RecordsDestroyed);
        await flow.DestroyAndCloseAsync(CaseOutcome.Destroyed, destroyed.Actor);
    }

    private async Task CloseWithNoticeAsync(IReadOnlyList<string> paragraphs, CaseOutcome outcome, string why)
    {
        await flow.IssueCorrespondenceAsync(CorrespondenceKind.SealingDenialNotice, "Your petition to seal and destroy arrest records",
            paragraphs, null, awaitsApproval: false);
        await flow.MailAllAndCloseAsync(outcome, why);
    }
}
