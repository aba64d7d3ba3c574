using System.Diagnostics;
using System.Globalization;
using ClearanceWorkflow.TestSupport;

namespace ClearanceWorkflow.Benchmarks;

/// <summary>
/// What open cases cost the server: its resident memory and its live managed heap idle, then with <c>cases</c> clearance
/// letters opened through the real engine (each started and waiting for its scans); and a work-queue page beside a
/// case-view read at that size. The server runs with its own collector settings, or with the server collector when asked
/// (to compare).
/// </summary>
public static class MemoryBench
{
    private const int Openers = 16;
    private const int Reads = 200;

    /// <summary>Runs the measurement and prints it.</summary>
    public static async Task RunAsync(int cases, bool serverCollector)
    {
        await using var azurite = await AzuriteProcess.StartAsync();
        var collector = serverCollector ? new Dictionary<string, string> { ["DOTNET_gcServer"] = "1" } : null;
        await using var server = new ServerProcess(azurite.ConnectionString, "memhub", collector);
        await server.StartAsync();
        using var api = new ApiClient(server.BaseAddress);
        var first = (string)(await api.OpenCaseAsync())["caseNumber"]!;
        await api.WaitForStageAsync(first, "AwaitingScans");
        var idle = await SettledRssAsync(server.ProcessId);
        var idleParts = Proc.ResidentParts(server.ProcessId);
        var idleHeap = await LiveHeap.MegabytesAsync(server.ProcessId);

        var opening = Stopwatch.StartNew();
        var numbers = new List<string>();
        var left = cases - 1;
        await Task.WhenAll(Enumerable.Range(0, Openers).Select(_ => Task.Run(async () =>
        {
            while (Interlocked.Decrement(ref left) >= 0)
            {
                var n = (string)(await api.OpenCaseAsync())["caseNumber"]!;
                lock (numbers)
                {
                    numbers.Add(n);
                }
            }
        })));
        var accepted = opening.Elapsed;
        // Started and waiting: the work queue lists every case once its first index row is written.
        await Poll.UntilAsync(async () => await CountOpenAsync(api), count => count >= cases, $"{cases} cases in the work queue", TimeSpan.FromMinutes(30), TimeSpan.FromSeconds(2));
        var started = opening.Elapsed;
        var loaded = await SettledRssAsync(server.ProcessId);
        var loadedParts = Proc.ResidentParts(server.ProcessId);
        var loadedHeap = await LiveHeap.MegabytesAsync(server.ProcessId);

        var random = new Random(7);
        var views = await TimeAsync(() => api.GetCaseAsync(numbers[random.Next(numbers.Count)]));
        var pages = await TimeAsync(async () =>
        {
            using var response = await api.GetAsync("api/cases?pageSize=50", "intake");
            await ApiClient.ExpectAsync(response, 200);
        });
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"""
            {cases} clearance letters opened by {Openers} HTTP clients: accepted in {accepted.TotalSeconds:0} s, all started and waiting for scans after {started.TotalSeconds:0} s ({cases / started.TotalSeconds:0.0} cases/s)
            collector: {(serverCollector ? "server (DOTNET_gcServer=1)" : "the server's own setting")}
            server RSS: idle {idle:0} MB, with {cases} open cases {loaded:0} MB: {loaded - idle:0} MB over idle ({(loaded - idle) * 1024 / cases:0.0} KB per case)
              of which anonymous (heaps, stacks) {idleParts.Anonymous:0} -> {loadedParts.Anonymous:0} MB, files mapped {idleParts.File:0} -> {loadedParts.File:0} MB, shared (the JIT's code) {idleParts.Shared:0} -> {loadedParts.Shared:0} MB
            live managed heap after a full collection: idle {idleHeap:0.0} MB, with {cases} open cases {loadedHeap:0.0} MB ({(loadedHeap - idleHeap) * 1024 / cases:0.00} KB per case)
            case view read ({Reads}): p50 {views.P50:0.0} ms, p95 {views.P95:0.0} ms; work-queue page of 50 ({Reads}): p50 {pages.P50:0.0} ms, p95 {pages.P95:0.0} ms ({pages.P95 / views.P95:0.0}x the view)
            """));
    }

    private static async Task<int> CountOpenAsync(ApiClient api)
    {
        var count = 0;
        string? token = null;
        do
        {
            using var response = await api.GetAsync("api/cases?pageSize=200" + (token is null ? "" : "&continuationToken=" + Uri.EscapeDataString(token)), "intake");
            var page = await ApiClient.ExpectAsync(response, 200);
            count += page["items"]!.AsArray().Count;
            token = (string?)page["continuationToken"];
        }
        while (token is not null);
        return count;
    }

    /// <summary>RSS once the server has had a few quiet seconds (the runtime returns memory after a collection).</summary>
    private static async Task<double> SettledRssAsync(int pid)
    {
        var samples = new List<double>();
        for (var i = 0; i < 10; i++)
        {
            await Task.Delay(TimeSpan.FromSeconds(1));
            samples.Add(Proc.ResidentMegabytes(pid));
        }
        return samples.Min();
    }

    private static async Task<(double P50, double P95)> TimeAsync(Func<Task> read)
    {
        var ms = new List<double>();
        for (var i = 0; i < Reads; i++)
        {
            var clock = Stopwatch.StartNew();
            await read();
            ms.Add(clock.Elapsed.TotalMilliseconds);
        }
        ms.Sort();
        return (ms[Reads / 2], ms[(int)Math.Ceiling(0.95 * Reads) - 1]);
    }
}
