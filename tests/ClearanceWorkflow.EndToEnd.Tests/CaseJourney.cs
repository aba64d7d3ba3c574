using System.Text.Json.Nodes;
using ClearanceWorkflow.TestSupport;

namespace ClearanceWorkflow.EndToEnd.Tests;

/// <summary>The steps of a clearance-letter case, as staff and scanners take them over HTTP and blob storage.</summary>
public sealed class CaseJourney(ServiceFixture service, string caseNumber)
{
    /// <summary>The case number.</summary>
    public string CaseNumber { get; } = caseNumber;

    /// <summary>Opens a case and returns its journey.</summary>
    public static async Task<CaseJourney> OpenAsync(ServiceFixture service)
    {
        ArgumentNullException.ThrowIfNull(service);
        var created = await service.Api.OpenCaseAsync();
        return new CaseJourney(service, (string)created["caseNumber"]!);
    }

    /// <summary>Scans a passport and a driver licence and waits until both are documents of the case.</summary>
    public async Task ScanDocumentsAsync()
    {
        await service.Scanner.ScanAsync(CaseNumber, "passport", "passport.pdf", ScanStation.Pdf("passport " + CaseNumber));
        await service.Scanner.ScanAsync(CaseNumber, "driver-license", "licence.pdf", ScanStation.Pdf("licence " + CaseNumber));
        await service.Api.WaitForCaseAsync(CaseNumber, c => c["documents"]!.AsArray().Count == 2, "two documents");
    }

    /// <summary>Scanning complete, then every document accepted with residency confirmed.</summary>
    public async Task CompleteReviewAsync()
    {
        await service.Api.SignalAsync(CaseNumber, "scanning-completed", "intake");
        var review = await service.Api.WaitForStageAsync(CaseNumber, "DocumentReview");
        await AcceptAllAsync(review);
    }

    /// <summary>Accepts every document of <paramref name="view"/> with residency confirmed.</summary>
    public async Task AcceptAllAsync(JsonObject view)
    {
        ArgumentNullException.ThrowIfNull(view);
        var verdicts = view["documents"]!.AsArray().Select(d => new { documentId = (string)d!["documentId"]!, accepted = true }).ToArray();
        await service.Api.SignalAsync(CaseNumber, "documents-reviewed", "intake", new { verdicts, residencyConfirmed = true });
        await service.Api.WaitForStageAsync(CaseNumber, "AwaitingDeposit");
    }

    /// <summary>Deposited and cleared; the records check finds nothing; the letter waits for approval.</summary>
    public async Task<JsonObject> PayAndCheckRecordsAsync()
    {
        await service.Api.SignalAsync(CaseNumber, "payment-deposited", "cashier", new { depositReference = "DEP-001" });
        await service.Api.WaitForStageAsync(CaseNumber, "AwaitingClearance");
        await service.Api.SignalAsync(CaseNumber, "payment-cleared", "cashier");
        await service.Api.WaitForStageAsync(CaseNumber, "RecordsCheck");
        await service.Api.SignalAsync(CaseNumber, "records-checked", "records", new { result = "NoRecord" });
        return await service.Api.WaitForStageAsync(CaseNumber, "LetterApproval");
    }
}
