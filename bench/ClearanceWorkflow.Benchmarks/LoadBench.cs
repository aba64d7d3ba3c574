using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Nodes;
using Azure.Data.Tables;
using ClearanceWorkflow.TestSupport;

namespace ClearanceWorkflow.Benchmarks;

/// <summary>
/// Throughput as the store grows: clerks (concurrent HTTP clients) drive full clearance-letter lifecycles (an opening, three
/// scans, seven staff events, the view watched or polled until each shows; at 24 clerks also at a clerk's pace), beside the
/// bare ceiling of the engine, on an empty store and again after filling it with closed cases. Prints one table.
/// </summary>
public static class LoadBench
{
    private static readonly TimeSpan ViewPoll = TimeSpan.FromMilliseconds(100);
    private static readonly int[] Clerks = [8, 24];
    // How long a clerk takes between two events of a case (reads the view, fills in the next form), in the paced rows.
    private static readonly TimeSpan ClerkPause = TimeSpan.FromSeconds(2);
    internal const string Hub = "loadhub";
    private const string FillTimerRound = "00:01:00";
    private const int WarmUpLifecycles = 64;
    private const int HistorySample = 20;
    private const int BurstCases = 40;
    private static readonly string[] BurstScanTypes = ["passport", "driver-license", "utility-bill", "birth-certificate", "state-id"];
    // How long the store is left without clerks after each size's rows, to measure what it costs while nobody works.
    private static readonly TimeSpan IdleWindow = TimeSpan.FromSeconds(20);

    /// <summary>Runs the benchmark: <paramref name="lifecycles"/> per measurement, then fills the store to <paramref name="stored"/> closed cases and measures again.</summary>
    public static async Task RunAsync(int stored, int lifecycles)
    {
        await using var azurite = await AzuriteProcess.StartAsync();
        // A closed case's one durable timer is due within Workflow:TimerRound (a day by default). A store of cases closed over
        // months holds almost none; one filled in minutes would hold one per case. A round of a minute makes the filled store
        // the former: the timers of the cases it closed are due and gone by the time it is measured.
        await using var server = new ServerProcess(azurite.ConnectionString, Hub, new Dictionary<string, string> { ["Workflow__TimerRound"] = FillTimerRound });
        await server.StartAsync();
        using var api = new ApiClient(server.BaseAddress);
        var scanner = new ScanStation(azurite.ConnectionString);
        var driver = new EventLatency(api, scanner, ViewPoll);
        var watcher = new EventLatency(api, scanner, TimeSpan.Zero);
        await using var bare = await BareCeiling.StartAsync(azurite.ConnectionString, ViewPoll);

        var warmUp = Stopwatch.StartNew();
        // The history of the warm-up's cases is read as each closes (a closed case leaves the backend within a second or so);
        // the first one read gives the bare ceiling its plan.
        using var warmingUp = new CancellationTokenSource();
        var sampling = HistoryRows.SampleFinishingAsync(azurite.ConnectionString, Hub, HistorySample, warmingUp.Token);
        await driver.RunCaseAsync(TimeSpan.Zero, CancellationToken.None);
        // Warmed up as loaded, not by one case: the first row would otherwise pay the JIT of both the server and this process
        // (the bare engine runs here) and the emulator's own warm-up, and every later row would look faster against it.
        await RunClerksAsync(Clerks[0], WarmUpLifecycles, () => watcher.RunCaseAsync(TimeSpan.Zero, CancellationToken.None));
        await warmingUp.CancelAsync();
        var history = await sampling ?? throw new InvalidOperationException(
            "No case of the warm-up was read whole before it left the backend; the bare ceiling has no plan");
        var plan = history.Plan;
        await RunClerksAsync(Clerks[0], WarmUpLifecycles, () => bare.RunAsync(plan));
        await bare.PurgedAsync();
        var idleRss = Proc.ResidentMegabytes(server.ProcessId);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Each lifecycle: {plan.Events} external events (3 scans, 7 staff events), {plan.Activities} activities; warm-up ({1 + WarmUpLifecycles} lifecycles and {WarmUpLifecycles} bare ones, {Clerks[0]} clerks) {warmUp.Elapsed.TotalSeconds:0} s; server RSS after warm-up {idleRss:0} MB"));
        Console.WriteLine($"Workflow:TimerRound {FillTimerRound} (a closed case's last durable timer is due within it)");
        Console.WriteLine($"{lifecycles} lifecycles per measurement; clerks watch the view (Prefer: wait), or poll it every {ViewPoll.TotalMilliseconds:0} ms; the bare ceiling polls");
        Console.WriteLine();
        Console.WriteLine("| stored cases | clerks | view read by | lifecycles/s | bare ceiling/s | ratio | event → view p50 / p95 / p99 | bare: event → status p50 / p95 / p99 | server RSS | CPU s per lifecycle (server / Azurite: blob + queue + table) | machine probe |");
        Console.WriteLine("|---|---|---|---|---|---|---|---|---|---|---|");
        var counted = 1 + WarmUpLifecycles;
        var rows = new Dictionary<(int Size, int Clerks, string Mode), (double PerSecond, double Probe)>();
        var scanRates = new List<string>();
        // A clerk who sends the next event as soon as the view shows the last waits on one step at a time: the time a lifecycle
        // takes each clerk is the clerks over the rate (Little's law), so the store's rate bounds the latency.
        var cycles = new List<string>();
        var idle = new List<string>();
        var storedPerCase = 0.0;
        foreach (var size in stored > 0 ? new[] { 0, stored } : [0])
        {
            if (size > counted)
            {
                var filling = Stopwatch.StartNew();
                var before = Proc.FolderMegabytes(azurite.DataFolder);
                await RunClerksAsync(Clerks[0], size - counted, () => watcher.RunCaseAsync(TimeSpan.Zero, CancellationToken.None));
                storedPerCase = (Proc.FolderMegabytes(azurite.DataFolder) - before) * 1024 / (size - counted);
                counted = size;
                Console.WriteLine($"| filled to {size} closed cases in {filling.Elapsed.TotalMinutes:0.0} min | | | | | | | | | | |");
            }
            foreach (var clerks in Clerks)
            {
                var bareRun = await RunClerksAsync(clerks, lifecycles, () => bare.RunAsync(plan));
                await bare.PurgedAsync();
                // The clerks watch the view; at the most clerks, also as the issue's clerks did, polling it, and watching it at a
                // clerk's pace (a pause before each event) rather than as fast as the store answers.
                foreach (var (mode, clerk, pause) in clerks == Clerks[^1]
                    ? new[]
                    {
                        ("watch", watcher, TimeSpan.Zero), ($"poll {ViewPoll.TotalMilliseconds:0} ms", driver, TimeSpan.Zero),
                        ($"watch, {ClerkPause.TotalSeconds:0} s between events", watcher, ClerkPause),
                    }
                    : [("watch", watcher, TimeSpan.Zero)])
                {
                    var probe = MachineProbe.Milliseconds();
                    int[] pids = [server.ProcessId, .. azurite.ProcessIds];
                    var cpuBefore = pids.Select(Proc.CpuSeconds).ToArray();
                    var run = await RunClerksAsync(clerks, lifecycles, () => clerk.RunCaseAsync(pause, CancellationToken.None));
                    var cpu = pids.Select((pid, i) => (Proc.CpuSeconds(pid) - cpuBefore[i]) / lifecycles).ToArray();
                    counted += lifecycles;
                    // Paced, the rate is the clerks' own, so neither the ceiling nor the ratio applies.
                    var ceiling = pause == TimeSpan.Zero
                        ? string.Create(CultureInfo.InvariantCulture, $"{bareRun.PerSecond:0.00} | {run.PerSecond / bareRun.PerSecond:0.00} | ")
                        : "— | — | ";
                    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                        $"| {size} | {clerks} | {mode} | {run.PerSecond:0.00} | {ceiling}{run.Latency} | {(pause == TimeSpan.Zero ? bareRun.Latency : "—")} | {Proc.ResidentMegabytes(server.ProcessId):0} MB | {cpu[0]:0.00} / {cpu[1..].Sum():0.00}: {cpu[1]:0.00} + {cpu[2]:0.00} + {cpu[3]:0.00} | {probe:0} ms |"));
                    rows[(size, clerks, mode)] = (run.PerSecond, probe);
                    if (pause == TimeSpan.Zero)
                    {
                        var busy = Math.Min(clerks, lifecycles);
                        cycles.Add(string.Create(CultureInfo.InvariantCulture,
                            $"{size} stored, {clerks} clerks, {mode}: {busy} ÷ {run.PerSecond:0.00}/s = {busy / run.PerSecond:0.0} s per lifecycle per clerk, the 7 staff events {7 * run.MeanMilliseconds / 1000:0.0} s of it (mean {run.MeanMilliseconds:0} ms); bare: {busy} ÷ {bareRun.PerSecond:0.00}/s = {busy / bareRun.PerSecond:0.0} s over its {plan.Events} events (mean {bareRun.MeanMilliseconds:0} ms each)"));
                    }
                }
            }
            idle.Add(await IdleCostAsync(size, server.ProcessId, azurite.ProcessIds));
            var scansPerSecond = await ScanBurstAsync(azurite.ConnectionString, api, scanner, BurstCases, ViewPoll);
            scanRates.Add(string.Create(CultureInfo.InvariantCulture, $"{scansPerSecond:0.0} scans/s at {counted} stored cases"));
            counted += BurstCases;
        }
        Console.WriteLine();
        Console.WriteLine("Clerks without a pause (Little's law):");
        cycles.ForEach(Console.WriteLine);
        Console.WriteLine($"With no clerk, {IdleWindow.TotalSeconds:0} s after each size's rows (a share of one core):");
        idle.ForEach(Console.WriteLine);
        Console.WriteLine($"Scan burst ({BurstCases * BurstScanTypes.Length} scans written at once, {BurstScanTypes.Length} to each of {BurstCases} open cases, until every view lists them; then the cases are closed): " + string.Join("; ", scanRates));
        foreach (var ((size, clerks, mode), row) in rows.Where(r => r.Key.Size > 0))
        {
            var empty = rows[(0, clerks, mode)];
            // A row's rate at the empty row's machine speed: the probe's time scales the work a second holds.
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{size} stored against the empty store, {clerks} clerks, {mode}: {row.PerSecond / empty.PerSecond:0.00}×; at the same machine speed (by the probe, {empty.Probe:0} → {row.Probe:0} ms): {row.PerSecond * row.Probe / (empty.PerSecond * empty.Probe):0.00}×"));
        }
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"History of a case as it closes (mean of {history.Cases}, read as they closed in the warm-up): {history.Rows:0} rows, {history.Bytes / 1024:0} KB, {history.TimersSet:0.0} durable timers set; once moved out of the backend: none"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Stored per closed case (Azurite's data folder, tables, blobs and queues, grown while filling): {storedPerCase:0} KB; the table file is {Proc.TableFileMegabytes(azurite.DataFolder):0} MB for {counted} cases"));
    }

    /// <summary>The CPU the server and each emulator service use while no clerk works: the store's fixed cost per second.</summary>
    private static async Task<string> IdleCostAsync(int size, int server, IReadOnlyList<int> azurite)
    {
        int[] pids = [server, .. azurite];
        // Printed so that a profiler can be attached to an emulator service for the window (bench/azurite-profile).
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"(idle for {IdleWindow.TotalSeconds:0} s from {DateTime.UtcNow:HH:mm:ss} UTC)"));
        var before = pids.Select(Proc.CpuSeconds).ToArray();
        var clock = Stopwatch.StartNew();
        await Task.Delay(IdleWindow);
        var share = pids.Select((pid, i) => 100 * (Proc.CpuSeconds(pid) - before[i]) / clock.Elapsed.TotalSeconds).ToArray();
        return string.Create(CultureInfo.InvariantCulture,
            $"{size} stored: server {share[0]:0} %, Azurite {share[1..].Sum():0} % (blob {share[1]:0} + queue {share[2]:0} + table {share[3]:0})");
    }

    /// <summary>What a run measured.</summary>
    private sealed record Run(double PerSecond, string Latency, double MeanMilliseconds);

    private static async Task<Run> RunClerksAsync(int clerks, int lifecycles, Func<Task<List<TimeSpan>>> lifecycle)
    {
        var left = lifecycles;
        var samples = new List<TimeSpan>();
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, clerks).Select(_ => Task.Run(async () =>
        {
            while (Interlocked.Decrement(ref left) >= 0)
            {
                var latencies = await lifecycle();
                lock (samples)
                {
                    samples.AddRange(latencies);
                }
            }
        })));
        var ms = samples.Select(s => s.TotalMilliseconds).Order().ToArray();
        double At(double q) => ms[Math.Min(ms.Length - 1, (int)Math.Ceiling(q * ms.Length) - 1)];
        return new Run(lifecycles / clock.Elapsed.TotalSeconds, string.Create(CultureInfo.InvariantCulture, $"{At(0.5):0} / {At(0.95):0} / {At(0.99):0} ms"),
            ms.Average());
    }

    /// <summary>
    /// Scans per second: <paramref name="cases"/> open cases get five scans each, all written at once, timed until the
    /// scans container is empty (each scan copied to documents, its event raised, the blob deleted), once every case is running; then every view is
    /// checked to list its five (not timed).
    /// </summary>
    internal static async Task<double> ScanBurstAsync(string connectionString, ApiClient api, ScanStation scanner, int cases, TimeSpan poll)
    {
        var numbers = await Task.WhenAll(Enumerable.Range(0, cases).Select(async _ => (string)(await api.OpenCaseAsync())["caseNumber"]!));
        // Mail comes in for cases already running (a scan for a case not yet started waits for it, up to a minute): not timed.
        var instances = new TableClient(connectionString, Hub + "Instances");
        async Task<HashSet<string>> RunningAsync()
        {
            var running = new HashSet<string>(StringComparer.Ordinal);
            await foreach (var row in instances.QueryAsync<TableEntity>(filter: "RuntimeStatus eq 'Running'", select: ["PartitionKey"]))
            {
                running.Add(row.PartitionKey);
            }
            return running;
        }
        await Poll.UntilAsync(RunningAsync, running => numbers.All(running.Contains), "the burst's cases to be running", TimeSpan.FromMinutes(2), poll);
        var types = BurstScanTypes;
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(numbers.SelectMany(n => types.Select(t => scanner.ScanAsync(n, t, t + ".pdf", ScanStation.Pdf(t + " " + n)))));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Scan burst: {cases * types.Length} scans written in {clock.Elapsed.TotalSeconds:0.0} s"));
        await Poll.UntilAsync(() => scanner.ListAsync("scans"), left => left.Count == 0, "the scans to be ingested", TimeSpan.FromMinutes(5), poll);
        var perSecond = cases * types.Length / clock.Elapsed.TotalSeconds;
        var views = new List<(string Number, JsonObject View)>();
        foreach (var n in numbers)
        {
            views.Add((n, await Poll.UntilAsync(() => api.GetCaseAsync(n), c => c["documents"]!.AsArray().Count == types.Length, $"case {n}: scans", TimeSpan.FromMinutes(5))));
        }
        // Then closed, not timed: left open, the burst's cases would stay in the history table that each step of every case
        // reads, and the next store size would be measured with these open cases on top of its closed ones.
        var clerk = new EventLatency(api, scanner, TimeSpan.Zero);
        await Parallel.ForEachAsync(views, new ParallelOptions { MaxDegreeOfParallelism = Clerks[0] },
            async (c, ct) => await clerk.FinishCaseAsync(c.Number, c.View, TimeSpan.Zero, ct));
        return perSecond;
    }
}
