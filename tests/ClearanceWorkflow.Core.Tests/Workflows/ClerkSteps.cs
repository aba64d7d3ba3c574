using ClearanceWorkflow.Core.Cases;
using ClearanceWorkflow.Core.Domain;

namespace ClearanceWorkflow.Core.Tests.Workflows;

/// <summary>The routine steps staff take on a case, for scenarios that are about what comes after them.</summary>
public static class ClerkSteps
{
    public static readonly PaymentInstrument ReplacementMoneyOrder = new(PaymentInstrumentKind.MoneyOrder, Openings.Fee, "MO-7710", "LAPD");

    /// <summary>Scans the documents, marks scanning complete, and waits for document review.</summary>
    public static async Task<CaseStatus> SubmitDocumentsAsync(this CaseUnderTest c, params (string Id, string Type)[] documents)
    {
        foreach (var (id, type) in documents)
        {
            await c.ScanAsync(id, type);
        }
        await c.WaitUntilAsync("every scan to be attached", s => documents.All(d => s.Documents.Any(x => x.DocumentId == d.Id)));
        await c.RaiseAsync(EventTypes.ScanningCompleted, actor: "intake-1");
        return await c.WaitForStageAsync(CaseStage.DocumentReview);
    }

    /// <summary>Gives the verdicts of a review; residency is confirmed unless said otherwise.</summary>
    public static Task<string> ReviewAsync(this CaseUnderTest c, IReadOnlyList<DocumentVerdict> verdicts, bool residencyConfirmed = true) =>
        c.RaiseAsync(EventTypes.DocumentsReviewed, new DocumentsReviewed(verdicts, residencyConfirmed), actor: "intake-1");

    public static DocumentVerdict Accept(string documentId) => new(documentId, true, null);

    public static DocumentVerdict Reject(string documentId, string reason) => new(documentId, false, reason);

    /// <summary>A complete set of documents, scanned and accepted: the case waits for the deposit.</summary>
    public static async Task<CaseStatus> CompleteDocumentsAsync(this CaseUnderTest c)
    {
        await c.SubmitDocumentsAsync(("doc-passport", DocumentTypes.Passport), ("doc-licence", DocumentTypes.DriverLicense));
        await c.ReviewAsync([Accept("doc-passport"), Accept("doc-licence")]);
        return await c.WaitForStageAsync(CaseStage.AwaitingDeposit);
    }

    /// <summary>Deposits the instrument and waits for the bank.</summary>
    public static async Task<CaseStatus> DepositAsync(this CaseUnderTest c)
    {
        await c.RaiseAsync(EventTypes.PaymentDeposited, new PaymentDeposited("DEP-0042"), actor: "cashier-1");
        return await c.WaitForStageAsync(CaseStage.AwaitingClearance);
    }

    /// <summary>Deposits and clears the payment: the case waits for the records check.</summary>
    public static async Task<CaseStatus> CollectPaymentAsync(this CaseUnderTest c)
    {
        await c.DepositAsync();
        await c.RaiseAsync(EventTypes.PaymentCleared, actor: "cashier-1");
        return await c.WaitForStageAsync(CaseStage.RecordsCheck);
    }

    /// <summary>Signals the result of the records search.</summary>
    public static Task<string> RecordsCheckedAsync(this CaseUnderTest c, RecordsCheckResult result) =>
        c.RaiseAsync(EventTypes.RecordsChecked, new RecordsChecked(result, null), actor: "records-1");

    /// <summary>The one item of <paramref name="kind"/> on the case.</summary>
    public static CaseCorrespondence Item(this CaseStatus status, CorrespondenceKind kind) =>
        Assert.Single(status.Correspondence, c => c.Kind == kind);

    /// <summary>
    /// Waits until <paramref name="expected"/> appear in the timeline in this order (other entries may come between);
    /// the timeline is written just after the status changes, so it may trail what the case view shows.
    /// </summary>
    public static async Task AssertTimelineAsync(this CaseUnderTest c, params string[] expected)
    {
        var timeline = await c.WaitForTimelineAsync($"[{string.Join(", ", expected)}] in order", t => InOrder(t, expected));
        Assert.Equal(Enumerable.Range(1, timeline.Count), timeline.Select(e => e.Sequence));
    }

    private static bool InOrder(IReadOnlyList<TimelineEntry> timeline, string[] expected)
    {
        var at = 0;
        foreach (var entry in timeline)
        {
            if (at < expected.Length && entry.What == expected[at])
            {
                at++;
            }
        }
        return at == expected.Length;
    }
}
