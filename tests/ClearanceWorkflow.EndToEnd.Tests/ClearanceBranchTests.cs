using ClearanceWorkflow.TestSupport;
using Xunit;

namespace ClearanceWorkflow.EndToEnd.Tests;

/// <summary>The branches a records clerk meets, over HTTP on the real server.</summary>
[Collection(EndToEndCollection.Name)]
public sealed class ClearanceBranchTests(ServiceFixture service)
{
    [Fact]
    public async Task A_rejected_passport_sends_a_deficiency_notice_and_supplemental_mail_goes_back_to_scanning_and_review()
    {
        var journey = await CaseJourney.OpenAsync(service);
        var n = journey.CaseNumber;
        await journey.ScanDocumentsAsync();
        await service.Api.SignalAsync(n, "scanning-completed", "intake");
        var review = await service.Api.WaitForStageAsync(n, "DocumentReview");
        var verdicts = review["documents"]!.AsArray().Select(d => (string)d!["type"]! == "passport"
            ? (object)new { documentId = (string)d["documentId"]!, accepted = false, reason = "the copy is unreadable" }
            : new { documentId = (string)d["documentId"]!, accepted = true }).ToArray();
        await service.Api.SignalAsync(n, "documents-reviewed", "intake", new { verdicts, residencyConfirmed = true });

        var waiting = await service.Api.WaitForStageAsync(n, "AwaitingApplicant");
        Assert.Equal("Applicant", (string?)waiting["waitingOn"]);
        var notice = CaseJourney.Item(waiting, "DeficiencyNotice");
        var text = await journey.ReadCorrespondenceAsync((string)notice["itemId"]!);
        Assert.Contains("US passport", text, StringComparison.Ordinal);
        Assert.Contains("the copy is unreadable", text, StringComparison.Ordinal);
        Assert.DoesNotContain("driver licence or California ID card showing", text, StringComparison.Ordinal);

        await service.Api.SignalAsync(n, "supplemental-mail-received", "intake", new { });
        await service.Api.WaitForStageAsync(n, "AwaitingScans");
        await service.Scanner.ScanAsync(n, "passport", "passport-2.pdf", ScanStation.Pdf("second passport " + n));
        await service.Api.WaitForCaseAsync(n, c => c["documents"]!.AsArray().Count == 3, "the new scan");
        await service.Api.SignalAsync(n, "scanning-completed", "intake");
        var again = await service.Api.WaitForStageAsync(n, "DocumentReview");
        var fresh = again["documents"]!.AsArray().Single(d => (string?)d!["review"] == "Pending")!;
        await service.Api.SignalAsync(n, "documents-reviewed", "intake",
            new { verdicts = new[] { new { documentId = (string)fresh["documentId"]!, accepted = true } }, residencyConfirmed = true });
        await service.Api.WaitForStageAsync(n, "AwaitingDeposit");
    }

    [Fact]
    public async Task A_dishonored_payment_asks_for_a_replacement_which_is_deposited_again()
    {
        var journey = await CaseJourney.OpenAsync(service);
        var n = journey.CaseNumber;
        await journey.ScanDocumentsAsync();
        await journey.CompleteReviewAsync();
        await service.Api.SignalAsync(n, "payment-deposited", "cashier", new { depositReference = "DEP-1" });
        await service.Api.WaitForStageAsync(n, "AwaitingClearance");
        await service.Api.SignalAsync(n, "payment-dishonored", "cashier", new { reason = "insufficient funds" });

        var waiting = await service.Api.WaitForStageAsync(n, "AwaitingReplacementPayment");
        Assert.Equal("Dishonored", (string?)waiting["payment"]!["state"]);
        var text = await journey.ReadCorrespondenceAsync((string)CaseJourney.Item(waiting, "DeficiencyNotice")["itemId"]!);
        Assert.Contains("money order or cashier's check", text, StringComparison.Ordinal);

        await service.Api.SignalAsync(n, "replacement-payment-received", "cashier",
            new { payment = new { instrument = "CashiersCheck", amount = 17.00, number = "CC-9", payableTo = "LAPD" } });
        var again = await service.Api.WaitForStageAsync(n, "AwaitingDeposit");
        Assert.Equal("CashiersCheck", (string?)again["payment"]!["instrument"]);
        await journey.PayAsync();
    }

    [Fact]
    public async Task A_found_record_denied_by_a_supervisor_mails_a_denial_letter_and_closes_as_denied()
    {
        var journey = await CaseJourney.OpenAsync(service);
        var n = journey.CaseNumber;
        await journey.ToSupervisorDecisionAsync();
        await service.Api.SignalAsync(n, "supervisor-decided", "supervisor", new { decision = "Deny", reason = "an open warrant" });

        var mailing = await service.Api.WaitForStageAsync(n, "AwaitingMailing");
        var denial = CaseJourney.Item(mailing, "DenialLetter");
        Assert.Null((string?)denial["verificationCode"]);
        Assert.Contains("an open warrant", await journey.ReadCorrespondenceAsync((string)denial["itemId"]!), StringComparison.Ordinal);
        var closed = await journey.MailEverythingAsync();
        Assert.Equal("Denied", (string?)closed["outcome"]);
    }

    [Fact]
    public async Task A_found_record_issued_with_disclosure_prints_the_disclosure_on_the_letter()
    {
        var journey = await CaseJourney.OpenAsync(service);
        var n = journey.CaseNumber;
        await journey.ToSupervisorDecisionAsync();
        await service.Api.SignalAsync(n, "supervisor-decided", "supervisor",
            new { decision = "IssueWithDisclosure", reason = "arrest in 2009, released without charges" });

        var approval = await service.Api.WaitForStageAsync(n, "LetterApproval");
        var letter = CaseJourney.Item(approval, "ClearanceLetter");
        Assert.Contains("released without charges", await journey.ReadCorrespondenceAsync((string)letter["itemId"]!), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Cash_found_in_the_envelope_is_returned_at_once_with_a_notice()
    {
        var body = ApiClient.SampleCase();
        body["payment"] = System.Text.Json.Nodes.JsonNode.Parse("""{ "instrument": "Cash", "amount": 17.00, "number": null, "payableTo": null }""");
        var created = await service.Api.OpenCaseAsync(body);
        var n = (string)created["caseNumber"]!;
        var view = await service.Api.WaitForCaseAsync(n, c => c["correspondence"]!.AsArray().Count == 1, "the returned-payment notice");
        Assert.Equal("Returned", (string?)view["payment"]!["state"]);
        var journey = new CaseJourney(service, n);
        var text = await journey.ReadCorrespondenceAsync((string)CaseJourney.Item(view, "ReturnedPaymentNotice")["itemId"]!);
        Assert.Contains("Cash is not accepted", text, StringComparison.Ordinal);
    }
}
