using System.Diagnostics;
using System.Globalization;

namespace ClearanceWorkflow.TestSupport;

/// <summary>
/// Azurite from the repository's own npm install, on free loopback ports with a throw-away data folder, so tests
/// never touch a developer's local data or running emulator. Each storage service runs as its own process (as
/// <c>scripts/run.sh</c> starts them), so one service's whole-file save never stalls the other two, and the emulator
/// is not held to a single thread.
/// </summary>
public sealed class AzuriteProcess : IAsyncDisposable
{
    private const string AccountKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";
    private static readonly string[] Services = ["blob", "queue", "table"];

    private readonly string dataFolder;
    private readonly int[] ports;
    private Process[] processes;

    private AzuriteProcess(Process[] processes, string dataFolder, int[] ports)
    {
        this.processes = processes;
        this.dataFolder = dataFolder;
        this.ports = ports;
        ConnectionString = "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;"
            + $"AccountKey={AccountKey};BlobEndpoint=http://127.0.0.1:{ports[0]}/devstoreaccount1;"
            + $"QueueEndpoint=http://127.0.0.1:{ports[1]}/devstoreaccount1;TableEndpoint=http://127.0.0.1:{ports[2]}/devstoreaccount1;";
    }

    /// <summary>The connection string of this emulator.</summary>
    public string ConnectionString { get; }

    /// <summary>The folder the emulator keeps its data in.</summary>
    public string DataFolder => dataFolder;

    /// <summary>The emulator's process ids, blob, queue and table (for a benchmark's CPU figures).</summary>
    public IReadOnlyList<int> ProcessIds => [.. processes.Select(p => p.Id)];

    /// <summary>Starts Azurite and waits until all three services listen.</summary>
    public static async Task<AzuriteProcess> StartAsync()
    {
        int[] ports = [FreePorts.Next(), FreePorts.Next(), FreePorts.Next()];
        var data = Directory.CreateTempSubdirectory("azurite-test-").FullName;
        return new AzuriteProcess(await LaunchAsync(data, ports), data, ports);
    }

    /// <summary>
    /// Stops the emulator, as when storage goes down. Gracefully (SIGINT): the emulator keeps its tables in memory
    /// and writes them to disk as it closes, and storage that goes down in earnest loses nothing either. Not SIGTERM:
    /// the table service alone (3.37) closes only on SIGINT, and a SIGTERM loses what it wrote since its last save.
    /// </summary>
    public Task StopAsync() => Task.WhenAll(processes.Select(StopAsync));

    /// <summary>Starts the emulator again on the same ports and data, as when storage comes back.</summary>
    public async Task RestartAsync()
    {
        await StopAsync();
        DisposeProcesses();
        processes = await LaunchAsync(dataFolder, ports);
    }

    private static async Task StopAsync(Process process)
    {
        if (process.HasExited)
        {
            return;
        }
        using (var terminate = Process.Start("kill", ["-INT", process.Id.ToString(CultureInfo.InvariantCulture)]))
        {
            await terminate.WaitForExitAsync();
        }
        using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        try
        {
            await process.WaitForExitAsync(patience.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
    }

    private static async Task<Process[]> LaunchAsync(string data, int[] ports)
    {
        var processes = Services.Select((service, i) => Launch(service, data, ports[i])).ToArray();
        await Task.WhenAll(processes.Select((process, i) =>
            FreePorts.WaitUntilListeningAsync(ports[i], TimeSpan.FromSeconds(60), () => !process.HasExited)));
        return processes;
    }

    private static Process Launch(string service, string data, int port)
    {
        var azurite = Path.Combine(RepositoryRoot.Path, "node_modules", ".bin", $"azurite-{service}");
        if (!File.Exists(azurite))
        {
            throw new InvalidOperationException("Azurite is not installed: run `npm ci` in the repository root (scripts/test.sh does).");
        }
        var start = new ProcessStartInfo(azurite)
        {
            ArgumentList =
            {
                "--silent", "--skipApiVersionCheck", "--disableTelemetry", "--location", data,
                $"--{service}Host", "127.0.0.1", $"--{service}Port", port.ToString(CultureInfo.InvariantCulture),
            },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        var process = Process.Start(start) ?? throw new InvalidOperationException($"Azurite's {service} service did not start.");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private void DisposeProcesses()
    {
        foreach (var process in processes)
        {
            process.Dispose();
        }
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        DisposeProcesses();
        try
        {
            Directory.Delete(dataFolder, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }
}
