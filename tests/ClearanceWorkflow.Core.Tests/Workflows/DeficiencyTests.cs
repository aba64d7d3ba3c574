using ClearanceWorkflow.Core.Cases;
using ClearanceWorkflow.Core.Domain;
using static ClearanceWorkflow.Core.Tests.Workflows.ClerkSteps;

namespace ClearanceWorkflow.Core.Tests.Workflows;

public sealed class DeficiencyTests(CaseHost host) : IClassFixture<CaseHost>
{
    [Fact]
    public async Task A_rejected_passport_sends_a_deficiency_notice_and_supplemental_mail_restarts_scanning_and_review()
    {
        var c = await host.OpenAsync();
        await c.SubmitDocumentsAsync(("doc-passport", DocumentTypes.Passport), ("doc-licence", DocumentTypes.DriverLicense));
        await c.ReviewAsync([Reject("doc-passport", "the copy is unreadable"), Accept("doc-licence")]);

        var waiting = await c.WaitForStageAsync(CaseStage.AwaitingApplicant);
        Assert.Equal(WaitingOn.Applicant, waiting.WaitingOn);
        Assert.NotNull(waiting.Deadline);
        Assert.Contains(EventTypes.SupplementalMailReceived, waiting.ExpectedEvents);
        Assert.Contains(EventTypes.CorrespondenceMailed, waiting.ExpectedEvents);
        Assert.Equal(PaymentState.Received, waiting.Payment!.State);
        Assert.Equal(ReviewState.Rejected, Assert.Single(waiting.Documents, d => d.DocumentId == "doc-passport").Review);
        var notice = waiting.Item(CorrespondenceKind.DeficiencyNotice);
        Assert.Equal(CorrespondenceState.InOutbox, notice.State);
        Assert.Null(notice.VerificationCode);
        Assert.Equal(notice.ItemId, Assert.Single(host.Outbox.ItemsOf(c.Number)).ItemId);
        var text = c.TextOf(notice.ItemId)!;
        Assert.Contains("US passport", text, StringComparison.Ordinal);
        Assert.Contains("the copy is unreadable", text, StringComparison.Ordinal);

        await c.MailAsync(notice.ItemId);
        var mailed = await c.WaitUntilAsync("the notice to be mailed",
            s => s.Item(CorrespondenceKind.DeficiencyNotice).State == CorrespondenceState.Mailed);
        Assert.Equal(CaseStage.AwaitingApplicant, mailed.Stage);
        Assert.Equal([EventTypes.SupplementalMailReceived], mailed.ExpectedEvents);
        Assert.Empty(host.Outbox.ItemsOf(c.Number));

        await c.RaiseAsync(EventTypes.SupplementalMailReceived, new SupplementalMailReceived(null), actor: "intake-1");
        var rescanning = await c.WaitForStageAsync(CaseStage.AwaitingScans);
        Assert.Equal(WaitingOn.Scanning, rescanning.WaitingOn);

        await c.SubmitDocumentsAsync(("doc-passport-2", DocumentTypes.Passport));
        await c.ReviewAsync([Accept("doc-passport-2")]);
        var complete = await c.WaitForStageAsync(CaseStage.AwaitingDeposit);
        Assert.Equal(
            [("doc-passport", ReviewState.Rejected), ("doc-licence", ReviewState.Accepted), ("doc-passport-2", ReviewState.Accepted)],
            complete.Documents.Select(d => (d.DocumentId, d.Review)));
        Assert.Single(complete.Correspondence);

        await c.AssertTimelineAsync(
            "DocumentsReviewed", "DeficiencyNoticeRendered", "PlacedInOutbox", "CorrespondenceMailed", "SupplementalMailReceived",
            "DocumentScanned", "ScanningCompleted", "DocumentsReviewed");
    }

    [Fact]
    public async Task A_rejected_passport_replaced_by_a_birth_certificate_completes_the_documents()
    {
        var c = await host.OpenAsync();
        await c.SubmitDocumentsAsync(("doc-passport", DocumentTypes.Passport), ("doc-licence", DocumentTypes.DriverLicense));
        await c.ReviewAsync([Reject("doc-passport", "expired"), Accept("doc-licence")]);
        await c.WaitForStageAsync(CaseStage.AwaitingApplicant);
        await c.RaiseAsync(EventTypes.SupplementalMailReceived, new SupplementalMailReceived(null), actor: "intake-1");
        await c.WaitForStageAsync(CaseStage.AwaitingScans);

        await c.SubmitDocumentsAsync(("doc-birth", DocumentTypes.BirthCertificate));
        await c.ReviewAsync([Accept("doc-birth")]);

        var complete = await c.WaitForStageAsync(CaseStage.AwaitingDeposit);
        Assert.Single(complete.Correspondence);
    }

    [Fact]
    public async Task Mail_without_a_payment_is_asked_for_one_and_the_case_goes_on_once_supplemental_mail_brings_it()
    {
        var c = await host.OpenAsync(paymentEnclosed: false);
        await c.SubmitDocumentsAsync(("doc-passport", DocumentTypes.Passport), ("doc-licence", DocumentTypes.DriverLicense));
        await c.ReviewAsync([Accept("doc-passport"), Accept("doc-licence")]);
        var waiting = await c.WaitForStageAsync(CaseStage.AwaitingApplicant);
        Assert.Contains("17.00 dollars payable to LAPD", c.TextOf(waiting.Item(CorrespondenceKind.DeficiencyNotice).ItemId)!, StringComparison.Ordinal);
        Assert.Null(waiting.Payment!.Instrument);

        await c.RaiseAsync(EventTypes.SupplementalMailReceived, new SupplementalMailReceived(ReplacementMoneyOrder), actor: "intake-1");
        var rescanning = await c.WaitForStageAsync(CaseStage.AwaitingScans);
        Assert.Equal(new CasePayment(PaymentInstrumentKind.MoneyOrder, 17.00m, PaymentState.Received), rescanning.Payment);
        await c.SubmitDocumentsAsync(("doc-payment", DocumentTypes.PaymentInstrument));
        await c.ReviewAsync([Accept("doc-payment")]);

        var complete = await c.WaitForStageAsync(CaseStage.AwaitingDeposit);
        Assert.Single(complete.Correspondence);
    }

    [Fact]
    public async Task Residency_the_reviewer_did_not_confirm_is_asked_for_in_a_deficiency_notice()
    {
        var c = await host.OpenAsync();
        await c.SubmitDocumentsAsync(("doc-passport", DocumentTypes.Passport), ("doc-licence", DocumentTypes.DriverLicense));
        await c.ReviewAsync([Accept("doc-passport"), Accept("doc-licence")], residencyConfirmed: false);

        var waiting = await c.WaitForStageAsync(CaseStage.AwaitingApplicant);

        var text = c.TextOf(waiting.Item(CorrespondenceKind.DeficiencyNotice).ItemId)!;
        Assert.Contains("City of Los Angeles address", text, StringComparison.Ordinal);
        Assert.DoesNotContain("US passport", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_applicant_who_does_not_answer_by_the_deadline_gets_the_payment_back_and_the_case_closes_as_abandoned()
    {
        var c = await host.OpenAsync(Openings.Terms(applicantDeadline: TimeSpan.FromSeconds(2)));
        await c.SubmitDocumentsAsync(("doc-passport", DocumentTypes.Passport), ("doc-licence", DocumentTypes.DriverLicense));
        await c.ReviewAsync([Reject("doc-passport", "expired"), Accept("doc-licence")]);
        var waiting = await c.WaitForStageAsync(CaseStage.AwaitingApplicant);
        await c.MailAsync(waiting.Item(CorrespondenceKind.DeficiencyNotice).ItemId);

        var mailing = await c.WaitForStageAsync(CaseStage.AwaitingMailing);
        Assert.Equal(CaseState.Open, mailing.Status);
        Assert.Equal(PaymentState.Returned, mailing.Payment!.State);
        Assert.Contains(EventTypes.CorrespondenceMailed, mailing.ExpectedEvents);
        var returned = mailing.Item(CorrespondenceKind.ReturnedPaymentNotice);
        Assert.Equal(CorrespondenceState.InOutbox, returned.State);
        Assert.Contains(host.Outbox.ItemsOf(c.Number), i => i.ItemId == returned.ItemId);
        Assert.Contains("uncashed", c.TextOf(returned.ItemId)!, StringComparison.Ordinal);

        await c.MailAsync(returned.ItemId);
        var closed = await c.WaitUntilFinishedAsync();

        Assert.Equal((CaseState.Closed, CaseOutcome.Abandoned), (closed.Status, closed.Outcome));
        Assert.Equal(CorrespondenceState.Mailed, closed.Item(CorrespondenceKind.ReturnedPaymentNotice).State);
        await c.AssertTimelineAsync("ApplicantDeadlinePassed", "ReturnedPaymentNoticeRendered", "PlacedInOutbox", "CorrespondenceMailed", "CaseClosed");
    }
}
