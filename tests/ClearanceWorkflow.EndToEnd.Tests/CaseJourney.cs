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
        await PayAsync();
        await service.Api.SignalAsync(CaseNumber, "records-checked", "records", new { result = "NoRecord" });
        return await service.Api.WaitForStageAsync(CaseNumber, "LetterApproval");
    }

    /// <summary>Deposited and cleared: the case waits for the records check.</summary>
    public async Task PayAsync()
    {
        await service.Api.SignalAsync(CaseNumber, "payment-deposited", "cashier", new { depositReference = "DEP-001" });
        await service.Api.WaitForStageAsync(CaseNumber, "AwaitingClearance");
        await service.Api.SignalAsync(CaseNumber, "payment-cleared", "cashier");
        await service.Api.WaitForStageAsync(CaseNumber, "RecordsCheck");
    }

    /// <summary>Scanned, reviewed complete and paid: the case waits for the records check.</summary>
    public async Task ToRecordsCheckAsync()
    {
        await ScanDocumentsAsync();
        await CompleteReviewAsync();
        await PayAsync();
    }

    /// <summary>Through the records check, which finds a record: the case waits for a supervisor's decision.</summary>
    public async Task ToSupervisorDecisionAsync()
    {
        await ToRecordsCheckAsync();
        await service.Api.SignalAsync(CaseNumber, "records-checked", "records", new { result = "RecordFound", summary = "see file" });
        await service.Api.WaitForStageAsync(CaseNumber, "SupervisorDecision");
    }

    /// <summary>Mails every item of the case waiting in the outbox, one by one, and waits until the case is closed.</summary>
    public async Task<JsonObject> MailEverythingAsync()
    {
        var view = await service.Api.GetCaseAsync(CaseNumber);
        foreach (var item in view["correspondence"]!.AsArray().Where(i => (string?)i!["state"] == "InOutbox"))
        {
            await service.Api.SignalAsync(CaseNumber, "correspondence-mailed", "mailroom", new { itemId = (string)item!["itemId"]! });
        }
        return await service.Api.WaitForStageAsync(CaseNumber, "Closed");
    }

    /// <summary>The text of a correspondence item, read back from its PDF.</summary>
    public async Task<string> ReadCorrespondenceAsync(string itemId)
    {
        using var pdf = await service.Api.GetAsync($"api/cases/{CaseNumber}/correspondence/{itemId}", "mailroom");
        if ((int)pdf.StatusCode != 200 || pdf.Content.Headers.ContentType?.MediaType != "application/pdf")
        {
            throw new InvalidOperationException($"Item {itemId} is not a PDF: {(int)pdf.StatusCode}");
        }
        using var document = UglyToad.PdfPig.PdfDocument.Open(await pdf.Content.ReadAsByteArrayAsync());
        return string.Join(" ", document.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text));
    }

    /// <summary>The item of <paramref name="kind"/> on the case view.</summary>
    public static JsonNode Item(JsonObject view, string kind)
    {
        ArgumentNullException.ThrowIfNull(view);
        return view["correspondence"]!.AsArray().Last(i => (string?)i!["kind"] == kind)!;
    }
}
