using System.Text.Json.Nodes;
using ClearanceWorkflow.TestSupport;

namespace ClearanceWorkflow.Console.Tests;

/// <summary>Steps other programs take over the API (the intake portal, the scanning stations), to set a case up for a page.</summary>
public static class ApiSteps
{
    /// <summary>Opens a clearance-letter case as the intake portal does and scans two documents into it.</summary>
    public static async Task<JsonObject> OpenScannedCaseAsync(ConsoleFixture fixture)
    {
        ArgumentNullException.ThrowIfNull(fixture);
        var opened = await fixture.Api.OpenCaseAsync();
        var caseNumber = (string)opened["caseNumber"]!;
        await fixture.Scanner.ScanAsync(caseNumber, "passport", "passport.pdf", ScanStation.Pdf("passport " + caseNumber));
        await fixture.Scanner.ScanAsync(caseNumber, "driver-license", "licence.pdf", ScanStation.Pdf("licence " + caseNumber));
        await fixture.Api.WaitForCaseAsync(caseNumber, c => c["documents"]!.AsArray().Count == 2, "two documents");
        return opened;
    }

    /// <summary>Scanned, reviewed and paid over the API: the case waits for its records check.</summary>
    public static async Task<string> ToRecordsCheckAsync(ConsoleFixture fixture)
    {
        var caseNumber = (string)(await OpenScannedCaseAsync(fixture))["caseNumber"]!;
        await fixture.Api.SignalAsync(caseNumber, "scanning-completed", "intake");
        var review = await fixture.Api.WaitForStageAsync(caseNumber, "DocumentReview");
        var verdicts = review["documents"]!.AsArray().Select(d => new { documentId = (string)d!["documentId"]!, accepted = true }).ToArray();
        await fixture.Api.SignalAsync(caseNumber, "documents-reviewed", "intake", new { verdicts, residencyConfirmed = true });
        await fixture.Api.WaitForStageAsync(caseNumber, "AwaitingDeposit");
        await fixture.Api.SignalAsync(caseNumber, "payment-deposited", "cashier", new { depositReference = "DEP-7" });
        await fixture.Api.WaitForStageAsync(caseNumber, "AwaitingClearance");
        await fixture.Api.SignalAsync(caseNumber, "payment-cleared", "cashier");
        await fixture.Api.WaitForStageAsync(caseNumber, "RecordsCheck");
        return caseNumber;
    }

    /// <summary>Through the records check and the approval over the API: the letter waits in the outbox.</summary>
    public static async Task<string> ToAwaitingMailingAsync(ConsoleFixture fixture)
    {
        var caseNumber = await ToRecordsCheckAsync(fixture);
        await fixture.Api.SignalAsync(caseNumber, "records-checked", "records", new { result = "NoRecord" });
        await fixture.Api.WaitForStageAsync(caseNumber, "LetterApproval");
        await fixture.Api.SignalAsync(caseNumber, "letter-approved", "supervisor");
        await fixture.Api.WaitForStageAsync(caseNumber, "AwaitingMailing");
        return caseNumber;
    }
}
