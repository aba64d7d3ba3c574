using ClearanceWorkflow.Core.Cases;
using ClearanceWorkflow.Core.Domain;
using Microsoft.DurableTask;

namespace ClearanceWorkflow.Core.Workflows;

/// <summary>
/// A request that belongs to another agency: a referral notice naming the agencies of the directory and, when a
/// payment came with it, a returned-payment notice go to the outbox; once both are mailed the case closes as referred.
/// </summary>
[DurableTask(Name)]
public sealed class ReferralOrchestrator : TaskOrchestrator<CaseOpening, CaseStatus>
{
    /// <summary>The orchestration name.</summary>
    public const string Name = nameof(ReferralOrchestrator);

    /// <inheritdoc />
    public override async Task<CaseStatus> RunAsync(TaskOrchestrationContext context, CaseOpening input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var flow = new CaseFlow(context, input);
        var purpose = input.ReferredFor ?? input.Clearance?.Purpose ?? ClearancePurpose.Other;
        var agencies = input.ReferTo ?? [];
        var paymentEnclosed = input.Payment is not null;
        flow.Record("CaseOpened", input.OpenedBy, $"Mail received {input.ReceivedOn:yyyy-MM-dd}; {purpose} is referred to "
            + string.Join(", ", agencies.Select(a => a.Name)));
        await flow.IssueCorrespondenceAsync(CorrespondenceKind.ReferralNotice, "Where to send your request",
            LetterTexts.ReferralNotice(purpose, agencies, paymentEnclosed), null, awaitsApproval: false);
        if (paymentEnclosed)
        {
            await flow.IssueCorrespondenceAsync(CorrespondenceKind.ReturnedPaymentNotice, "Your payment is returned",
                LetterTexts.ReferralPaymentReturned(), null, awaitsApproval: false);
        }
        await flow.MailAllAndCloseAsync(CaseOutcome.Referred, "Referral notice mailed");
        return flow.Status;
    }
}
