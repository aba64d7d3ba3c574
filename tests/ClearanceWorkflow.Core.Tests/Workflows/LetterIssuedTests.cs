using System.Text.RegularExpressions;
using ClearanceWorkflow.Core.Cases;
using ClearanceWorkflow.Core.Domain;
using static ClearanceWorkflow.Core.Tests.Workflows.ClerkSteps;

namespace ClearanceWorkflow.Core.Tests.Workflows;

public sealed partial class LetterIssuedTests(CaseHost host) : IClassFixture<CaseHost>
{
    [Theory]
    [InlineData(ClearanceWorkflow.Core.Workflows.ClearanceLetterOrchestratorV3.Name)]
    [InlineData(ClearanceWorkflow.Core.Workflows.ClearanceLetterOrchestratorV4.Name)]
    [InlineData(ClearanceWorkflow.Core.Workflows.ClearanceLetterOrchestratorV5.Name)]
    public async Task A_complete_case_with_no_record_is_issued_approved_mailed_and_closed(string orchestrator)
    {
        // Version 4 issues in one activity what version 3 does in several: the case, its letter and its records are the same.
        var c = await host.OpenAsync(orchestrator: orchestrator);
        var opened = (await c.StatusAsync())!;
        Assert.Equal(CaseState.Open, opened.Status);
        Assert.Equal(WaitingOn.Scanning, opened.WaitingOn);
        Assert.Equal([EventTypes.ScanningCompleted], opened.ExpectedEvents);
        Assert.Equal(new CasePayment(PaymentInstrumentKind.MoneyOrder, 17.00m, PaymentState.Received), opened.Payment);

        await c.ScanAsync("doc-passport", DocumentTypes.Passport);
        await c.ScanAsync("doc-licence", DocumentTypes.DriverLicense);
        var scanned = await c.WaitUntilAsync("both scans to be attached", s => s.Documents.Count == 2);
        Assert.Equal(CaseStage.AwaitingScans, scanned.Stage);
        Assert.All(scanned.Documents, d => Assert.Equal(ReviewState.Pending, d.Review));

        await c.RaiseAsync(EventTypes.ScanningCompleted, actor: "intake-1");
        var review = await c.WaitForStageAsync(CaseStage.DocumentReview);
        Assert.Equal(WaitingOn.Staff, review.WaitingOn);
        Assert.Equal([EventTypes.DocumentsReviewed], review.ExpectedEvents);

        await c.ReviewAsync([Accept("doc-passport"), Accept("doc-licence")]);
        var deposit = await c.WaitForStageAsync(CaseStage.AwaitingDeposit);
        Assert.All(deposit.Documents, d => Assert.Equal(ReviewState.Accepted, d.Review));
        Assert.Empty(deposit.Correspondence);

        await c.RaiseAsync(EventTypes.PaymentDeposited, new PaymentDeposited("DEP-0042"), actor: "cashier-1");
        var clearance = await c.WaitForStageAsync(CaseStage.AwaitingClearance);
        Assert.Equal(WaitingOn.Payment, clearance.WaitingOn);
        Assert.Equal(PaymentState.Deposited, clearance.Payment!.State);
        Assert.Equal([EventTypes.PaymentCleared, EventTypes.PaymentDishonored], clearance.ExpectedEvents);

        await c.RaiseAsync(EventTypes.PaymentCleared, actor: "cashier-1");
        var records = await c.WaitForStageAsync(CaseStage.RecordsCheck);
        Assert.Equal(PaymentState.Cleared, records.Payment!.State);

        await c.RecordsCheckedAsync(RecordsCheckResult.NoRecord);
        var approval = await c.WaitForStageAsync(CaseStage.LetterApproval);
        var letter = approval.Item(CorrespondenceKind.ClearanceLetter);
        Assert.Equal(CorrespondenceState.AwaitingApproval, letter.State);
        Assert.Matches(CodeShape(), letter.VerificationCode);
        // Minted with the service's key: nobody without it can compute the code of a case's letter.
        Assert.Equal(host.Codes.For(c.Number, letter.ItemId), letter.VerificationCode);
        Assert.NotEqual(new VerificationCodes("another-secret-of-16-chars").For(c.Number, letter.ItemId), letter.VerificationCode);
        Assert.Empty(host.Outbox.ItemsOf(c.Number));
        Assert.Null(await host.Verifications.FindAsync(letter.VerificationCode!, CancellationToken.None));
        var text = c.TextOf(letter.ItemId)!;
        Assert.Contains("Maria Lopez", text, StringComparison.Ordinal);
        Assert.Contains("no record of arrest was found", text, StringComparison.Ordinal);
        Assert.Contains("Japan", text, StringComparison.Ordinal);
        Assert.Contains(letter.VerificationCode!, text, StringComparison.Ordinal);

        Assert.DoesNotContain("Approved by", text, StringComparison.Ordinal);

        await c.RaiseAsync(EventTypes.LetterApproved, actor: "supervisor-1",
            signatory: new Signatory("Sgt. Dana Whitfield", "Supervisor, Records and Identification Division"));
        var mailing = await c.WaitForStageAsync(CaseStage.AwaitingMailing);
        Assert.Equal(CorrespondenceState.InOutbox, mailing.Item(CorrespondenceKind.ClearanceLetter).State);
        // The letter that goes out is the one rendered at approval: signed, dated that day, with the same code.
        var signed = c.TextOf(letter.ItemId)!;
        Assert.Contains("Approved by Sgt. Dana Whitfield, Supervisor, Records and Identification Division", signed, StringComparison.Ordinal);
        Assert.Contains(letter.VerificationCode!, signed, StringComparison.Ordinal);
        var registered = await host.Verifications.FindAsync(letter.VerificationCode!, CancellationToken.None);
        Assert.NotNull(registered);
        Assert.Equal((c.Number, "Maria Lopez", CorrespondenceKind.ClearanceLetter, false),
            (registered.CaseNumber, registered.HolderName, registered.Kind, registered.Revoked));
        var queued = Assert.Single(host.Outbox.ItemsOf(c.Number));
        Assert.Equal((letter.ItemId, CorrespondenceKind.ClearanceLetter), (queued.ItemId, queued.Kind));

        await c.MailAsync(letter.ItemId);
        var closed = await c.WaitUntilFinishedAsync();
        Assert.Equal((CaseState.Closed, CaseStage.Closed, CaseOutcome.Issued, WaitingOn.Nothing),
            (closed.Status, closed.Stage, closed.Outcome, closed.WaitingOn));
        Assert.Empty(closed.ExpectedEvents);
        Assert.Equal(CorrespondenceState.Mailed, closed.Item(CorrespondenceKind.ClearanceLetter).State);
        Assert.Empty(host.Outbox.ItemsOf(c.Number));
        Assert.Equal((CaseState.Closed, CaseOutcome.Issued), (host.Index.Find(c.Number)!.Status, host.Index.Find(c.Number)!.Outcome));

        await c.AssertTimelineAsync(
            "CaseOpened", "DocumentScanned", "DocumentScanned", "ScanningCompleted", "DocumentsReviewed", "PaymentDeposited",
            "PaymentCleared", "RecordsChecked", "ClearanceLetterRendered", "LetterApproved", "PlacedInOutbox",
            "CorrespondenceMailed", "CaseClosed");
    }

    [Fact]
    public async Task Every_timeline_entry_names_who_acted_and_the_event_that_caused_it()
    {
        var c = await host.OpenAsync();
        await c.SubmitDocumentsAsync(("doc-passport", DocumentTypes.Passport), ("doc-licence", DocumentTypes.DriverLicense));
        var reviewId = await c.RaiseAsync(EventTypes.DocumentsReviewed,
            new DocumentsReviewed([Accept("doc-passport"), Accept("doc-licence")], true), actor: "intake-7", note: "Licence address checked on the city map");
        await c.WaitForStageAsync(CaseStage.AwaitingDeposit);

        var timeline = await c.WaitForTimelineAsync("the review to be recorded", t => t.Any(e => e.What == "DocumentsReviewed"));

        var opened = timeline[0];
        Assert.Equal(("CaseOpened", "intake-1"), (opened.What, opened.Who));
        Assert.Contains("17.00", opened.Why, StringComparison.Ordinal);
        var reviewed = Assert.Single(timeline, e => e.What == "DocumentsReviewed");
        Assert.Equal(("intake-7", reviewId, "Licence address checked on the city map"), (reviewed.Who, reviewed.EventId, reviewed.Note));
        Assert.All(timeline.Where(e => e.What == "DocumentScanned"), e => Assert.Equal("system", e.Who));
    }

    [GeneratedRegex(@"^[2-9A-HJKMNP-TV-Z]{4}-[2-9A-HJKMNP-TV-Z]{4}-[2-9A-HJKMNP-TV-Z]{4}\z")]
    private static partial Regex CodeShape();

    [Fact]
    public async Task Version_1_still_issues_its_letters_with_the_codes_it_always_derived()
    {
        var c = await host.OpenAsync(orchestrator: ClearanceWorkflow.Core.Workflows.ClearanceLetterOrchestrator.Name);
        await c.CompleteDocumentsAsync();
        await c.CollectPaymentAsync();
        await c.RecordsCheckedAsync(RecordsCheckResult.NoRecord);

        var letter = (await c.WaitForStageAsync(CaseStage.LetterApproval)).Item(CorrespondenceKind.ClearanceLetter);
        Assert.Matches(CodeShape(), letter.VerificationCode);
        Assert.NotEqual(host.Codes.For(c.Number, letter.ItemId), letter.VerificationCode);
        Assert.Contains(letter.VerificationCode!, c.TextOf(letter.ItemId)!, StringComparison.Ordinal);
    }
}
