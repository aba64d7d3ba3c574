using ClearanceWorkflow.Core.Cases;
using ClearanceWorkflow.Core.Domain;
using Microsoft.DurableTask;

namespace ClearanceWorkflow.Core.Workflows;

/// <summary>
/// A clearance-letter case, stage by stage as a clerk works it: documents scanned and reviewed (with the
/// deficiency loop), payment deposited and cleared (with the dishonored loop), records checked, the letter
/// rendered, approved, and mailed. Version 1: kept unchanged until its last case has closed.
/// </summary>
[DurableTask(Name)]
public sealed class ClearanceLetterOrchestrator : TaskOrchestrator<CaseOpening, CaseStatus>
{
    /// <summary>The orchestration name.</summary>
    public const string Name = nameof(ClearanceLetterOrchestrator);

    /// <inheritdoc />
    public override Task<CaseStatus> RunAsync(TaskOrchestrationContext context, CaseOpening input) =>
        new ClearanceLetterProcedure(new CaseFlow(context, input)).RunAsync();
}

/// <summary>Version 2 of the clearance letter: the same procedure, the letter's verification code minted with the service's key.</summary>
[DurableTask(Name)]
public sealed class ClearanceLetterOrchestratorV2 : TaskOrchestrator<CaseOpening, CaseStatus>
{
    /// <summary>The orchestration name.</summary>
    public const string Name = nameof(ClearanceLetterOrchestratorV2);

    /// <inheritdoc />
    public override Task<CaseStatus> RunAsync(TaskOrchestrationContext context, CaseOpening input) =>
        new ClearanceLetterProcedure(new CaseFlow(context, input) { MintsVerificationCodes = true }).RunAsync();
}

/// <summary>
/// Version 3 of the clearance letter: the same procedure; the letter is rendered again at approval, dated that day and
/// signed with the approving supervisor's name and title, and each wait sets one durable timer.
/// </summary>
[DurableTask(Name)]
public sealed class ClearanceLetterOrchestratorV3 : TaskOrchestrator<CaseOpening, CaseStatus>
{
    /// <summary>The orchestration name.</summary>
    public const string Name = nameof(ClearanceLetterOrchestratorV3);

    /// <inheritdoc />
    public override Task<CaseStatus> RunAsync(TaskOrchestrationContext context, CaseOpening input) =>
        new ClearanceLetterProcedure(new CaseFlow(context, input) { MintsVerificationCodes = true, SignsAtApproval = true, OneTimerPerWait = true })
            .RunAsync();
}

/// <summary>
/// Version 4 of the clearance letter: the same procedure as version 3; each letter or notice is issued in one activity
/// (minted and rendered at the records check; rendered signed, registered and put in the outbox at approval), so the case
/// moves on after one round trip instead of two to four, and the timeline entries of the scans that arrive while it waits
/// for them are written with its next step; its history is shorter.
/// </summary>
[DurableTask(Name)]
public sealed class ClearanceLetterOrchestratorV4 : TaskOrchestrator<CaseOpening, CaseStatus>
{
    /// <summary>The orchestration name.</summary>
    public const string Name = nameof(ClearanceLetterOrchestratorV4);

    /// <inheritdoc />
    public override Task<CaseStatus> RunAsync(TaskOrchestrationContext context, CaseOpening input) =>
        new ClearanceLetterProcedure(new CaseFlow(context, input)
        {
            MintsVerificationCodes = true, SignsAtApproval = true, OneTimerPerWait = true, IssuesInOneStep = true, ScanEntriesWithNextStep = true,
        }).RunAsync();
}

/// <summary>
/// Version 5 of the clearance letter: the same procedure as version 4, with one durable timer for the whole case instead of
/// one per wait (<see cref="CaseFlow.OneTimerPerCase"/>), so a closed case leaves at most one timer waiting in the control
/// queue, due within <see cref="CaseTerms.TimerRound"/>, where version 4 left one per wait it passed, due days later.
/// </summary>
[DurableTask(Name)]
public sealed class ClearanceLetterOrchestratorV5 : TaskOrchestrator<CaseOpening, CaseStatus>
{
    /// <summary>The orchestration name.</summary>
    public const string Name = nameof(ClearanceLetterOrchestratorV5);

    /// <inheritdoc />
    public override Task<CaseStatus> RunAsync(TaskOrchestrationContext context, CaseOpening input) =>
        new ClearanceLetterProcedure(new CaseFlow(context, input)
        {
            MintsVerificationCodes = true, SignsAtApproval = true, OneTimerPerWait = true, OneTimerPerCase = true, IssuesInOneStep = true,
            ScanEntriesWithNextStep = true,
        }).RunAsync();
}

/// <summary>The procedure of one clearance-letter case.</summary>
internal sealed class ClearanceLetterProcedure(CaseFlow flow)
{
    // The instrument in hand: the one found at opening, or one that came later with supplemental mail.
    private PaymentInstrument? payment = flow.Opening.Payment;

    private CaseTerms Terms => flow.Opening.Terms;

    private ApplicantCategory Category => flow.Opening.Clearance?.Category
        ?? throw new InvalidOperationException("A clearance letter needs an applicant category.");

    public async Task<CaseStatus> RunAsync()
    {
        flow.Record("CaseOpened", flow.Opening.OpenedBy, $"Mail received {flow.Opening.ReceivedOn:yyyy-MM-dd}; fee due {Terms.FeeDue:0.00}");
        await TakePaymentAsync(flow.Opening.Payment, cause: null);
        if (await ReviewDocumentsAsync() && await CollectPaymentAsync())
        {
            await CheckRecordsAndDecideAsync();
        }
        return flow.Status;
    }

    /// <summary>Scanning and review, as many rounds as it takes; false when the case closed as abandoned.</summary>
    private async Task<bool> ReviewDocumentsAsync()
    {
        while (true)
        {
            var scanned = await flow.WaitForStaffAsync(CaseStage.AwaitingScans, WaitingOn.Scanning, EventTypes.ScanningCompleted);
            flow.Record("ScanningCompleted", scanned.Actor, $"{flow.Status.Documents.Count} document(s) scanned", scanned);

            var review = await flow.WaitForStaffAsync(CaseStage.DocumentReview, WaitingOn.Staff, EventTypes.DocumentsReviewed);
            var missing = ApplyReview(review);
            if (missing.Count == 0)
            {
                return true;
            }
            if (!await RequestMissingAsync(missing))
            {
                return false;
            }
        }
    }

    private List<string> ApplyReview(CaseEvent review)
    {
        var body = review.BodyAs<DocumentsReviewed>();
        var verdicts = (body.Verdicts ?? []).Where(v => v.DocumentId is not null)
            .GroupBy(v => v.DocumentId!).ToDictionary(g => g.Key, g => g.Last());
        flow.Update(s => s with
        {
            Documents = s.Documents.Select(d => verdicts.TryGetValue(d.DocumentId, out var v)
                ? d with { Review = v.Accepted == true ? ReviewState.Accepted : ReviewState.Rejected, Reason = v.Accepted == true ? null : v.Reason }
                : d).ToList(),
        });
        var accepted = flow.Status.Documents.Where(d => d.Review == ReviewState.Accepted).Select(d => d.Type).ToHashSet(StringComparer.Ordinal);
        var missingItems = RequiredDocuments.Missing(Category, accepted, body.ResidencyConfirmed == true);
        // A rejected document stays on the case; once an accepted one takes its place it no longer needs replacing.
        // When it belongs to a missing item, its reason goes with that item rather than on a line of its own.
        var rejected = flow.Status.Documents.Where(d => d.Review == ReviewState.Rejected && !accepted.Contains(d.Type)
            && !RequiredDocuments.For(Category).Any(item => item.AcceptedTypes.Contains(d.Type) && item.AcceptedTypes.Any(accepted.Contains))).ToList();
        var missing = missingItems.Select(item => item.Description + string.Concat(rejected
            .Where(d => item.AcceptedTypes.Contains(d.Type))
            .Select(d => $" (the {d.Type.Replace('-', ' ')} you sent could not be accepted: {d.Reason})"))).ToList();
        missing.AddRange(rejected.Where(d => !missingItems.Any(item => item.AcceptedTypes.Contains(d.Type)))
            .Select(d => $"a replacement for the {d.Type.Replace('-', ' ')} we could not accept ({d.Reason})"));
        if (payment is null)
        {
            missing.Add($"a check, money order or cashier's check for {Terms.FeeDue:0.00} dollars payable to LAPD");
        }
        flow.Record("DocumentsReviewed", review.Actor,
            missing.Count == 0 ? "All required documents accepted; residency confirmed" : $"{missing.Count} item(s) missing or rejected",
            review);
        return missing;
    }

    /// <summary>The deficiency loop: a notice, then supplemental mail or, past the deadline, closure as abandoned.</summary>
    private async Task<bool> RequestMissingAsync(IReadOnlyList<string> missing)
    {
        await flow.IssueCorrespondenceAsync(CorrespondenceKind.DeficiencyNotice, "Items needed for your clearance letter request",
            LetterTexts.DeficiencyNotice(missing, Terms.ApplicantDeadline), null, awaitsApproval: false);
        var answer = await flow.WaitAsync(CaseStage.AwaitingApplicant, WaitingOn.Applicant,
            [EventTypes.SupplementalMailReceived], Deadline.Hard(Terms.ApplicantDeadline));
        if (answer is null)
        {
            flow.Record("ApplicantDeadlinePassed", CaseFlow.System, "No supplemental mail by the deadline");
            var held = payment is not null;
            if (held)
            {
                SetPayment(PaymentState.Returned);
            }
            await flow.IssueCorrespondenceAsync(CorrespondenceKind.ReturnedPaymentNotice, "Your request is closed",
                LetterTexts.AbandonedNotice(held), null, awaitsApproval: false);
            await flow.MailAllAndCloseAsync(CaseOutcome.Abandoned,
                held ? "No answer to the deficiency notice; payment returned uncashed" : "No answer to the deficiency notice");
            return false;
        }
        flow.Record("SupplementalMailReceived", answer.Actor, "Back to scanning and review", answer);
        if ((answer.Body is null ? null : answer.BodyAs<SupplementalMailReceived>().Payment) is { } enclosed)
        {
            await TakePaymentAsync(enclosed, answer);
        }
        return true;
    }

    /// <summary>Deposit after the documents are complete; cleared, or dishonored and replaced. False when payment failed.</summary>
    private async Task<bool> CollectPaymentAsync()
    {
        while (true)
        {
            var deposited = await flow.WaitForStaffAsync(CaseStage.AwaitingDeposit, WaitingOn.Staff, EventTypes.PaymentDeposited);
            SetPayment(PaymentState.Deposited);
            flow.Record("PaymentDeposited", deposited.Actor, "Instrument deposited", deposited);

            var outcome = await flow.WaitForStaffAsync(CaseStage.AwaitingClearance, WaitingOn.Payment,
                EventTypes.PaymentCleared, EventTypes.PaymentDishonored);
            if (outcome.Type == EventTypes.PaymentCleared)
            {
                SetPayment(PaymentState.Cleared);
                flow.Record("PaymentCleared", outcome.Actor, "Payment cleared", outcome);
                return true;
            }
            SetPayment(PaymentState.Dishonored);
            flow.Record("PaymentDishonored", outcome.Actor, outcome.BodyAs<PaymentDishonored>().Reason, outcome);
            await flow.IssueCorrespondenceAsync(CorrespondenceKind.DeficiencyNotice, "Your payment was returned unpaid",
                LetterTexts.DishonoredNotice(Terms.FeeDue, Terms.ReplacementPaymentDeadline), null, awaitsApproval: false);
            var replacement = await flow.WaitAsync(CaseStage.AwaitingReplacementPayment, WaitingOn.Applicant,
                [EventTypes.ReplacementPaymentReceived], Deadline.Hard(Terms.ReplacementPaymentDeadline));
            if (replacement is null)
            {
                await flow.CloseAsync(CaseOutcome.PaymentFailed, CaseFlow.System, "No replacement payment by the deadline");
                return false;
            }
            var payment = replacement.BodyAs<ReplacementPaymentReceived>().Payment;
            flow.Update(s => s with { Payment = new CasePayment(payment?.Instrument, Terms.FeeDue, PaymentState.Received) });
            flow.Record("ReplacementPaymentReceived", replacement.Actor, $"{payment?.Instrument}", replacement);
        }
    }

    private async Task CheckRecordsAndDecideAsync()
    {
        var check = await flow.WaitForStaffAsync(CaseStage.RecordsCheck, WaitingOn.Staff, EventTypes.RecordsChecked);
        var result = check.BodyAs<RecordsChecked>().Result;
        flow.Update(s => s with { DecidedBy = [check.Actor] });
        flow.Record("RecordsChecked", check.Actor, result.ToString(), check);
        if (result == RecordsCheckResult.NoRecord)
        {
            await IssueLetterAsync(disclosure: null);
            return;
        }
        var decided = await flow.WaitForStaffAsync(CaseStage.SupervisorDecision, WaitingOn.Staff, EventTypes.SupervisorDecided);
        var decision = decided.BodyAs<SupervisorDecided>();
        flow.Record("SupervisorDecided", decided.Actor, $"{decision.Decision}: {decision.Reason}", decided);
        if (decision.Decision == SupervisorDecision.IssueWithDisclosure)
        {
            await IssueLetterAsync(decision.Reason);
            return;
        }
        await flow.IssueCorrespondenceAsync(CorrespondenceKind.DenialLetter, "Your clearance letter request",
            LetterTexts.DenialLetter(decision.Reason!), null, awaitsApproval: false);
        await flow.MailAllAndCloseAsync(CaseOutcome.Denied, "Denied by a supervisor");
    }

    private Task IssueLetterAsync(string? disclosure) =>
        flow.IssueForApprovalAsync(CorrespondenceKind.ClearanceLetter, "Clearance letter (letter of good conduct)",
            LetterTexts.ClearanceLetter(flow.Opening, disclosure), ServiceKind.ClearanceLetter, CaseOutcome.Issued, "Letter mailed");

    /// <summary>
    /// Checks an instrument against the fee in force when the mail was received. Cash, a wrong amount or a wrong payee is
    /// returned at once with a notice saying why, and a valid one is requested with the other missing items.
    /// </summary>
    private async Task TakePaymentAsync(PaymentInstrument? instrument, CaseEvent? cause)
    {
        if (instrument is null)
        {
            return;
        }
        var problems = PaymentRules.Problems(instrument, Terms.FeeDue);
        if (problems.Count == 0)
        {
            payment = instrument;
            flow.Update(s => s with { Payment = new CasePayment(instrument.Instrument, Terms.FeeDue, PaymentState.Received) });
            if (cause is not null)
            {
                flow.Record("PaymentReceived", cause.Actor, $"{instrument.Instrument} with supplemental mail", cause);
            }
            return;
        }
        payment = null;
        flow.Update(s => s with { Payment = new CasePayment(instrument.Instrument, Terms.FeeDue, PaymentState.Returned) });
        flow.Record("PaymentRefused", cause?.Actor ?? flow.Opening.OpenedBy, string.Join(" ", problems), cause);
        await flow.IssueCorrespondenceAsync(CorrespondenceKind.ReturnedPaymentNotice, "Your payment is returned",
            LetterTexts.RefusedPaymentNotice(problems, Terms.FeeDue), null, awaitsApproval: false);
    }

    private void SetPayment(PaymentState state) =>
        flow.Update(s => s with { Payment = s.Payment! with { State = state } });
}
