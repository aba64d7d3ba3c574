using System.Diagnostics;
using System.Text.Json.Nodes;
using ClearanceWorkflow.TestSupport;

namespace ClearanceWorkflow.Benchmarks;

/// <summary>Drives clearance-letter cases through their staff events and times each event until the view shows the new stage.</summary>
public sealed class EventLatency(ApiClient api, ScanStation scanner)
{
    /// <summary>Runs one case from opening to closed; returns the latency of each of its seven staff events.</summary>
    public async Task<List<TimeSpan>> RunCaseAsync(TimeSpan pauseBeforeEachEvent, CancellationToken cancellationToken)
    {
        var created = await api.OpenCaseAsync();
        var n = (string)created["caseNumber"]!;
        await scanner.ScanAsync(n, "passport", "p.pdf", ScanStation.Pdf("passport " + n));
        await scanner.ScanAsync(n, "driver-license", "d.pdf", ScanStation.Pdf("licence " + n));
        var view = await api.WaitForCaseAsync(n, c => c["documents"]!.AsArray().Count == 2, "documents");
        var latencies = new List<TimeSpan>();

        async Task<JsonObject> Step(string eventType, string role, object? body, string nextStage)
        {
            await Task.Delay(pauseBeforeEachEvent, cancellationToken);
            var clock = Stopwatch.StartNew();
            await api.SignalAsync(n, eventType, role, body);
            var next = await Poll.UntilAsync(() => api.GetCaseAsync(n), c => (string?)c["stage"] == nextStage, nextStage);
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
