using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using Azure.Data.Tables;
using ClearanceWorkflow.TestSupport;

namespace ClearanceWorkflow.Benchmarks;

/// <summary>
/// How many rows of orchestration history a case holds in the task hub's History table: a clearance letter from opening to
/// closed, and sealed records during their wait for destruction, taken in one long wait (chained timers) or in rounds.
/// </summary>
public static class HistoryRows
{
    private static readonly DateOnly Today = DateOnly.FromDateTime(DateTime.UtcNow);

    /// <summary>Runs the measurements and prints them.</summary>
    public static async Task RunAsync(TimeSpan watch)
    {
        await using var azurite = await AzuriteProcess.StartAsync();
        var scanner = new ScanStation(azurite.ConnectionString);

        await using (var server = await StartAsync(azurite, "histclear", new Dictionary<string, string>()))
        {
            using var api = new ApiClient(server.BaseAddress);
            await new EventLatency(api, scanner).RunCaseAsync(TimeSpan.Zero, CancellationToken.None);
            var closed = await LatestClosedAsync(azurite.ConnectionString, "histclear");
            Print("clearance letter, opening to closed (7 staff events, 2 scans)", await CountAsync(azurite.ConnectionString, "histclear", closed));
        }

        // Timers of one second stand in for the SDK's three days: each second of watching is three days of a real wait. Each
        // server has its own storage: servers sharing an account would take each other's scans.
        await using var chainedStorage = await AzuriteProcess.StartAsync();
        await using var roundsStorage = await AzuriteProcess.StartAsync();
        var chained = await StartAsync(chainedStorage, "histchain", new() { ["Durable__MaximumTimerInterval"] = "00:00:01", ["Workflow__LongWaitRound"] = "3650.00:00:00" });
        var rounds = await StartAsync(roundsStorage, "histround", new() { ["Durable__MaximumTimerInterval"] = "00:00:01", ["Workflow__LongWaitRound"] = "00:00:10" });
        await using (chained)
        await using (rounds)
        {
            var waiting = await Task.WhenAll(
                SealAsync(chained, new ScanStation(chainedStorage.ConnectionString)), SealAsync(rounds, new ScanStation(roundsStorage.ConnectionString)));
            Task<Count[]> CountBothAsync() => Task.WhenAll(
                CountAsync(chainedStorage.ConnectionString, "histchain", waiting[0]), CountAsync(roundsStorage.ConnectionString, "histround", waiting[1]));
            var start = await CountBothAsync();
            Print("sealed, entering the wait for destruction (one long wait)", start[0]);
            Print("sealed, entering the wait for destruction (in rounds)", start[1]);
            var watching = System.Diagnostics.Stopwatch.StartNew();
            await Task.Delay(watch);
            var seconds = watching.Elapsed.TotalSeconds;
            var after = await CountBothAsync();
            Print($"after {seconds:0} s (one long wait)", after[0]);
            Print($"after {seconds:0} s (rounds of 10 s)", after[1]);
            var perTimer = (after[0].Rows - start[0].Rows) / (double)Math.Max(1, after[0].Timers - start[0].Timers);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"one long wait grows by {perTimer:0.0} rows per chained timer: a 3-year wait (365 timers of 3 days) ends with about {start[0].Rows + perTimer * 365:0} rows"));
        }
    }

    private static async Task<ServerProcess> StartAsync(AzuriteProcess azurite, string hub, Dictionary<string, string> settings)
    {
        var server = new ServerProcess(azurite.ConnectionString, hub, settings);
        await server.StartAsync();
        return server;
    }

    /// <summary>A petition for an arrest a year ago, granted and mailed: its records then wait two years for destruction.</summary>
    private static async Task<string> SealAsync(ServerProcess server, ScanStation scanner)
    {
        using var api = new ApiClient(server.BaseAddress);
        var body = ApiClient.SampleCase();
        body["service"] = "ArrestRecordSealing";
        body["receivedOn"] = Today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        body.Remove("clearance");
        body.Remove("payment");
        body["sealing"] = new JsonObject
        {
            ["bookingNumber"] = "4410007",
            ["arrestDate"] = Today.AddYears(-1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["arrestingAgencies"] = new JsonArray("LAPD"),
        };
        var n = (string)(await api.OpenCaseAsync(body))["caseNumber"]!;
        await scanner.ScanAsync(n, "petition", "petition.pdf", ScanStation.Pdf("petition " + n));
        await api.WaitForCaseAsync(n, c => c["documents"]!.AsArray().Count == 1, "the petition");
        await api.SignalAsync(n, "scanning-completed", "intake");
        await api.WaitForStageAsync(n, "AgencyReview");
        await api.SignalAsync(n, "agency-reviewed", "investigator", new { recommendation = "Grant", reason = "Not the person arrested." });
        await api.WaitForStageAsync(n, "ProsecutorConcurrence");
        await api.SignalAsync(n, "prosecutor-responded", "supervisor", new { concurs = true });
        var mailing = await api.WaitForCaseAsync(n, c => (string?)c["stage"] == "AwaitingMailing" && c["correspondence"]!.AsArray().Count == 2, "letters out");
        foreach (var item in mailing["correspondence"]!.AsArray())
        {
            await api.SignalAsync(n, "correspondence-mailed", "mailroom", new { itemId = (string)item!["itemId"]! });
        }
        await api.WaitForStageAsync(n, "AwaitingDestruction");
        return n;
    }

    /// <summary>The case whose orchestration has finished (the only one on its task hub).</summary>
    private static async Task<string> LatestClosedAsync(string connectionString, string hub)
    {
        var instances = new TableClient(connectionString, hub + "Instances");
        async Task<string?> FinishedAsync()
        {
            await foreach (var row in instances.QueryAsync<TableEntity>(filter: "RuntimeStatus eq 'Completed'"))
            {
                return row.PartitionKey;
            }
            return null;
        }
        return (await Poll.UntilAsync(FinishedAsync, n => n is not null, "the case to finish"))!;
    }

    /// <summary>
    /// Reads the history of a task hub's cases as they finish, until <paramref name="stop"/>: a finished case leaves the
    /// backend about a second after it closes, so it is read at once, and kept only if it was read whole (its start and its
    /// completion, and the case still listed afterwards). The mean of up to <paramref name="sample"/> cases, and what one
    /// of them took (external events and activities); none when no case was read whole.
    /// </summary>
    public static async Task<ClosedHistory?> SampleFinishingAsync(string connectionString, string hub, int sample, CancellationToken stop)
    {
        var instances = new TableClient(connectionString, hub + "Instances");
        var seen = new HashSet<string>();
        var counts = new List<Count>();
        while (counts.Count < sample && !stop.IsCancellationRequested)
        {
            await foreach (var row in instances.QueryAsync<TableEntity>(filter: "RuntimeStatus eq 'Completed'", cancellationToken: CancellationToken.None))
            {
                if (counts.Count < sample && seen.Add(row.PartitionKey))
                {
                    var count = await CountAsync(connectionString, hub, row.PartitionKey);
                    var listed = await instances.GetEntityIfExistsAsync<TableEntity>(row.PartitionKey, row.RowKey, cancellationToken: CancellationToken.None);
                    if (count.Whole && listed.HasValue)
                    {
                        counts.Add(count);
                    }
                }
            }
            try
            {
                await Task.Delay(TimeSpan.FromMilliseconds(100), stop);
            }
            catch (OperationCanceledException)
            {
                break;
            }
        }
        return counts.Count == 0
            ? null
            : new ClosedHistory(counts.Count, counts.Average(c => c.Rows), counts.Average(c => c.Bytes), counts.Average(c => c.TimersSet),
                new BarePlan(counts[0].Events, counts[0].Activities));
    }

    private sealed record Count(int Rows, int CurrentExecution, long Bytes, string Kinds, int Timers, int TimersSet, bool Whole, int Events, int Activities);

    private static async Task<Count> CountAsync(string connectionString, string hub, string caseNumber)
    {
        var history = new TableClient(connectionString, hub + "History");
        var rows = new List<TableEntity>();
        await foreach (var row in history.QueryAsync<TableEntity>(e => e.PartitionKey == caseNumber))
        {
            rows.Add(row);
        }
        var sentinel = rows.FirstOrDefault(r => r.RowKey == "sentinel");
        var execution = sentinel?.GetString("ExecutionId");
        var bytes = rows.Sum(r => r.Sum(p => p.Value is string s ? Encoding.UTF8.GetByteCount(s) : 8L));
        var current = rows.Where(r => r.GetString("ExecutionId") == execution && r.RowKey != "sentinel").ToList();
        var kinds = string.Join(", ", current.GroupBy(r => r.GetString("EventType")).OrderByDescending(g => g.Count()).Select(g => $"{g.Key} {g.Count()}"));
        int Of(string type) => current.Count(r => r.GetString("EventType") == type);
        return new Count(rows.Count, current.Count, bytes, kinds, Of("TimerFired"), rows.Count(r => r.GetString("EventType") == "TimerCreated"),
            Of("ExecutionStarted") == 1 && Of("ExecutionCompleted") == 1, Of("EventRaised"), Of("TaskScheduled"));
    }

    private static void Print(string what, Count count) => Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"{what}: {count.Rows} rows stored ({count.Bytes / 1024.0:0} KB), {count.CurrentExecution} in the current execution ({count.Kinds})"));
}

/// <summary>The mean history of <paramref name="Cases"/> cases read as they closed, and what one of them took.</summary>
public sealed record ClosedHistory(int Cases, double Rows, double Bytes, double TimersSet, BarePlan Plan);
