using System.Globalization;
using ClearanceWorkflow.Benchmarks;
using ClearanceWorkflow.TestSupport;

if (args is ["history", ..])
{
    // Rows of orchestration history per case; the optional second argument is how long to watch a waiting case, in seconds.
    await HistoryRows.RunAsync(TimeSpan.FromSeconds(args.Length > 1 ? double.Parse(args[1], CultureInfo.InvariantCulture) : 60));
    return;
}

if (args is ["load", ..])
{
    // Throughput as the store grows: the optional arguments are the stored closed cases to fill to, and the lifecycles per measurement.
    await LoadBench.RunAsync(
        args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 2000,
        args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 72);
    return;
}

if (args is ["scans", ..])
{
    // Scans ingested per second: the optional argument is how many open cases get five scans each.
    await using var scanAzurite = await AzuriteProcess.StartAsync();
    await using var scanServer = new ServerProcess(scanAzurite.ConnectionString, LoadBench.Hub);
    await scanServer.StartAsync();
    using var scanApi = new ApiClient(scanServer.BaseAddress);
    var perSecond = await LoadBench.ScanBurstAsync(scanAzurite.ConnectionString, scanApi, new ScanStation(scanAzurite.ConnectionString),
        args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 40, TimeSpan.FromMilliseconds(100));
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{perSecond:0.0} scans/s"));
    return;
}

if (args is ["timers", ..])
{
    // What waiting durable timers cost the emulator's queue service.
    await PendingTimers.RunAsync();
    return;
}

if (args is ["deletes", ..])
{
    // What deleting a blob costs the emulator's blob service as it holds more blobs.
    await BlobDeletes.RunAsync();
    return;
}

if (args is ["memory", ..])
{
    // Memory of open cases: the optional arguments are how many to open, and server-gc to run the server with the server collector.
    await MemoryBench.RunAsync(args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 5000, args is [_, _, "server-gc", ..]);
    return;
}

// Event-to-view latency: how long after a staff event the case view shows the new stage.
// Scenario 1, idle: one case at a time, a pause before each event so the queues back off to their longest poll.
// Scenario 2, trickle: the same measurement while other cases are opened and worked in the background.
var idlePause = TimeSpan.FromSeconds(args.Length > 0 ? double.Parse(args[0], CultureInfo.InvariantCulture) : 3);
const int CasesPerScenario = 8; // 7 staff events each: 56 events per scenario

await using var azurite = await AzuriteProcess.StartAsync();
await using var server = new ServerProcess(azurite.ConnectionString, "benchhub");
await server.StartAsync();
using var api = new ApiClient(server.BaseAddress);
var scanner = new ScanStation(azurite.ConnectionString);
var bench = new EventLatency(api, scanner);

Console.WriteLine($"Settings: server defaults (Durable:MaxQueuePollingInterval 500 ms, PartitionCount 4); idle pause {idlePause.TotalSeconds:0.#} s");
await bench.RunCaseAsync(TimeSpan.Zero, CancellationToken.None); // warm-up, not counted

var idle = new List<TimeSpan>();
for (var i = 0; i < CasesPerScenario; i++)
{
    idle.AddRange(await bench.RunCaseAsync(idlePause, CancellationToken.None));
}
Report("idle server", idle);

using var stopTrickle = new CancellationTokenSource();
var background = Enumerable.Range(0, 2).Select(_ => Task.Run(async () =>
{
    var cases = 0;
    while (!stopTrickle.IsCancellationRequested)
    {
        try
        {
            await bench.RunCaseAsync(TimeSpan.FromMilliseconds(200), stopTrickle.Token);
            cases++;
        }
        catch (OperationCanceledException)
        {
            break;
        }
    }
    return cases;
})).ToList();
var trickle = new List<TimeSpan>();
for (var i = 0; i < CasesPerScenario; i++)
{
    trickle.AddRange(await bench.RunCaseAsync(TimeSpan.FromMilliseconds(500), CancellationToken.None));
}
await stopTrickle.CancelAsync();
var backgroundCases = (await Task.WhenAll(background)).Sum();
Report($"steady trickle ({backgroundCases} background cases worked meanwhile)", trickle);

static void Report(string scenario, List<TimeSpan> samples)
{
    var ms = samples.Select(s => s.TotalMilliseconds).Order().ToArray();
    double At(double q) => ms[Math.Min(ms.Length - 1, (int)Math.Ceiling(q * ms.Length) - 1)];
    Console.WriteLine($"{scenario}: n={ms.Length} median={At(0.5):0} ms p95={At(0.95):0} ms max={ms[^1]:0} ms");
}
