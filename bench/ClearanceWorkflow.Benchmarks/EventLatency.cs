using System.Diagnostics;
using System.Text.Json.Nodes;
using ClearanceWorkflow.TestSupport;

namespace ClearanceWorkflow.Benchmarks;

/// <summary>Drives clearance-letter cases through their staff events and times each event until the view shows the new stage.</summary>
/// <param name="api">The server.</param>
/// <param name="scanner">Writes the case's scans.</param>
/// <param name="viewPoll">
/// How often a clerk looks at the case view while waiting for it to change; <see cref="TimeSpan.Zero"/>: the clerk does not
/// poll but asks the server to answer when the view changes (<c>If-None-Match</c> with <c>Prefer: wait</c>), as the console does.
/// </param>
public sealed class EventLatency(ApiClient api, ScanStation scanner, TimeSpan? viewPoll = null)
{
    private Task<JsonObject> ViewUntilAsync(string caseNumber, Func<JsonObject, bool> done, string what) =>
        viewPoll == TimeSpan.Zero
            ? api.WatchCaseAsync(caseNumber, done, what)
            : Poll.UntilAsync(() => api.GetCaseAsync(caseNumber), done, $"case {caseNumber}: {what}", interval: viewPoll);

    /// <summary>The scans of each case: the three documents of a US citizen's request.</summary>
    public static readonly string[] ScanTypes = ["passport", "driver-license", "utility-bill"];

    /// <summary>Runs one case from opening to closed; returns the latency of each of its seven staff events.</summary>
    public async Task<List<TimeSpan>> RunCaseAsync(TimeSpan pauseBeforeEachEvent, CancellationToken cancellationToken)
    {
        var created = await api.OpenCaseAsync();
        var n = (string)created["caseNumber"]!;
        foreach (var type in ScanTypes)
        {
            await scanner.ScanAsync(n, type, type + ".pdf", ScanStation.Pdf(type + " " + n));
        }
        var view = await ViewUntilAsync(n, c => c["documents"]!.AsArray().Count == ScanTypes.Length, "documents");
        return await FinishCaseAsync(n, view, pauseBeforeEachEvent, cancellationToken);
    }

    /// <summary>
    /// Drives an open case whose scans are all on its <paramref name="view"/> on to closed: scanning completed, every document
    /// accepted, payment, the records check, approval and mailing; the latency of each of these seven staff events.
    /// </summary>
    public async Task<List<TimeSpan>> FinishCaseAsync(string n, JsonObject view, TimeSpan pauseBeforeEachEvent, CancellationToken cancellationToken)
    {
        var latencies = new List<TimeSpan>();

        async Task<JsonObject> Step(string eventType, string role, object? body, string nextStage)
        {
            await Task.Delay(pauseBeforeEachEvent, cancellationToken);
            var clock = Stopwatch.StartNew();
            await api.SignalAsync(n, eventType, role, body);
            var next = await ViewUntilAsync(n, c => (string?)c["stage"] == nextStage, nextStage);
            latencies.Add(clock.Elapsed);
            return next;
        }

        view = await Step("scanning-completed", "intake", null, "DocumentReview");
        var verdicts = view["documents"]!.AsArray().Select(d => new { documentId = (string)d!["documentId"]!, accepted = true }).ToArray();
        await Step("documents-reviewed", "intake", new { verdicts, residencyConfirmed = true }, "AwaitingDeposit");
        await Step("payment-deposited", "cashier", new { depositReference = "BENCH" }, "AwaitingClearance");
        await Step("payment-cleared", "cashier", null, "RecordsCheck");
        view = await Step("records-checked", "records", new { result = "NoRecord" }, "LetterApproval");
        view = await Step("letter-approved", "supervisor", null, "AwaitingMailing");
        var itemId = (string)view["correspondence"]!.AsArray()[0]!["itemId"]!;
        await Step("correspondence-mailed", "mailroom", new { itemId }, "Closed");
        return latencies;
    }
}
