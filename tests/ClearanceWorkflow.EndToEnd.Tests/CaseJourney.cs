using System.Text.Json.Nodes;
using ClearanceWorkflow.TestSupport;

namespace ClearanceWorkflow.EndToEnd.Tests;

/// <summary>The steps of a clearance-letter case, as staff and scanners take them over HTTP and blob storage.</summary>
public sealed class CaseJourney(ApiClient api, ScanStation scanner, string caseNumber)
{
    /// <summary>A case of the shared server.</summary>
    public CaseJourney(ServiceFixture service, string caseNumber)
        : this(service?.Api ?? throw new ArgumentNullException(nameof(service)), service.Scanner, caseNumber)
    {
    }

    /// <summary>The case number.</summary>
    public string CaseNumber { get; } = caseNumber;

    /// <summary>Opens a case and returns its journey.</summary>
    public static Task<CaseJourney> OpenAsync(ServiceFixture service)
    {
        ArgumentNullException.ThrowIfNull(service);
        return OpenAsync(service.Api, service.Scanner);
    }

    /// <summary>Opens a case on the server <paramref name="api"/> calls, whose scans <paramref name="scanner"/> writes.</summary>
    public static async Task<CaseJourney> OpenAsync(ApiClient api, ScanStation scanner)
    {
        ArgumentNullException.ThrowIfNull(api);
        var created = await api.OpenCaseAsync();
        return new CaseJourney(api, scanner, (string)created["caseNumber"]!);
    }

    /// <summary>Scans a passport and a driver licence and waits until both are documents of the case.</summary>
    public async Task ScanDocumentsAsync()
    {
        await scanner.ScanAsync(CaseNumber, "passport", "passport.pdf", ScanStation.Pdf("passport " + CaseNumber));
        await scanner.ScanAsync(CaseNumber, "driver-license", "licence.pdf", ScanStation.Pdf("licence " + CaseNumber));
        await api.WaitForCaseAsync(CaseNumber, c => c["documents"]!.AsArray().Count == 2, "two documents");
    }

    /// <summary>Scanning complete, then every document accepted with residency confirmed.</summary>
    public async Task CompleteReviewAsync()
    {
        await api.SignalAsync(CaseNumber, "scanning-completed", "intake");
        var review = await api.WaitForStageAsync(CaseNumber, "DocumentReview");
        await AcceptAllAsync(review);
    }

    /// <summary>Accepts every document of <paramref name="view"/> with residency confirmed.</summary>
    public async Task AcceptAllAsync(JsonObject view)
    {
        ArgumentNullException.ThrowIfNull(view);
        var verdicts = view["documents"]!.AsArray().Select(d => new { documentId = (string)d!["documentId"]!, accepted = true }).ToArray();
        await api.SignalAsync(CaseNumber, "documents-reviewed", "intake", new { verdicts, residencyConfirmed = true });
        await api.WaitForStageAsync(CaseNumber, "AwaitingDeposit");
    }

    /// <summary>Deposited and cleared; the records check finds nothing; the letter waits for approval.</summary>
    public async Task<JsonObject> PayAndCheckRecordsAsync()
    {
        await PayAsync();
        await api.SignalAsync(CaseNumber, "records-checked", "records", new { result = "NoRecord" });
        return await api.WaitForStageAsync(CaseNumber, "LetterApproval");
    }

    /// <summary>Deposited and cleared: the case waits for the records check.</summary>
    public async Task PayAsync()
    {
        await api.SignalAsync(CaseNumber, "payment-deposited", "cashier", new { depositReference = "DEP-001" });
        await api.WaitForStageAsync(CaseNumber, "AwaitingClearance");
        await api.SignalAsync(CaseNumber, "payment-cleared", "cashier");
        await api.WaitForStageAsync(CaseNumber, "RecordsCheck");
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
        await api.SignalAsync(CaseNumber, "records-checked", "records", new { result = "RecordFound", summary = "see file" });
        await api.WaitForStageAsync(CaseNumber, "SupervisorDecision");
    }

    /// <summary>Mails every item of the case waiting in the outbox, one by one, and waits until the case is closed.</summary>
    public async Task<JsonObject> MailEverythingAsync()
    {
        var view = await api.GetCaseAsync(CaseNumber);
        foreach (var item in view["correspondence"]!.AsArray().Where(i => (string?)i!["state"] == "InOutbox"))
        {
            await api.SignalAsync(CaseNumber, "correspondence-mailed", "mailroom", new { itemId = (string)item!["itemId"]! });
        }
        return await api.WaitForStageAsync(CaseNumber, "Closed");
    }

    /// <summary>The text of a correspondence item, read back from its PDF.</summary>
    public async Task<string> ReadCorrespondenceAsync(string itemId)
    {
        using var pdf = await api.GetAsync($"api/cases/{CaseNumber}/correspondence/{itemId}", "mailroom");
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
