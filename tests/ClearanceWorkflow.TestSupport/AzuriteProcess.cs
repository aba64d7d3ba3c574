using System.Diagnostics;

namespace ClearanceWorkflow.TestSupport;

/// <summary>
/// Azurite from the repository's own npm install, on free loopback ports with a throw-away data folder, so tests
/// never touch a developer's local data or running emulator.
/// </summary>
public sealed class AzuriteProcess : IAsyncDisposable
{
    private const string AccountKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    private readonly string dataFolder;
    private readonly int[] ports;
    private Process process;

    private AzuriteProcess(Process process, string dataFolder, int blobPort, int queuePort, int tablePort)
    {
        this.process = process;
        this.dataFolder = dataFolder;
        ports = [blobPort, queuePort, tablePort];
        ConnectionString = "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;"
            + $"AccountKey={AccountKey};BlobEndpoint=http://127.0.0.1:{blobPort}/devstoreaccount1;"
            + $"QueueEndpoint=http://127.0.0.1:{queuePort}/devstoreaccount1;TableEndpoint=http://127.0.0.1:{tablePort}/devstoreaccount1;";
    }

    /// <summary>The connection string of this emulator.</summary>
    public string ConnectionString { get; }

    /// <summary>The folder the emulator keeps its data in.</summary>
    public string DataFolder => dataFolder;

    /// <summary>The emulator's process id (for a benchmark's CPU figures).</summary>
    public int ProcessId => process.Id;

    /// <summary>Starts Azurite and waits until all three services listen.</summary>
    public static async Task<AzuriteProcess> StartAsync()
    {
        var (blob, queue, table) = (FreePorts.Next(), FreePorts.Next(), FreePorts.Next());
        var data = Directory.CreateTempSubdirectory("azurite-test-").FullName;
        var azurite = new AzuriteProcess(await LaunchAsync(data, blob, queue, table), data, blob, queue, table);
        return azurite;
    }

    /// <summary>
    /// Stops the emulator, as when storage goes down. Gracefully (SIGTERM): the emulator keeps its tables in memory
    /// and writes them to disk as it closes, and storage that goes down in earnest loses nothing either.
    /// </summary>
    public async Task StopAsync()
    {
        if (process.HasExited)
        {
            return;
        }
        using (var terminate = Process.Start("kill", ["-TERM", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
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

    /// <summary>Starts the emulator again on the same ports and data, as when storage comes back.</summary>
    public async Task RestartAsync()
    {
        await StopAsync();
        process.Dispose();
        process = await LaunchAsync(dataFolder, ports[0], ports[1], ports[2]);
    }

    private static async Task<Process> LaunchAsync(string data, int blob, int queue, int table)
    {
        var azurite = Path.Combine(RepositoryRoot.Path, "node_modules", ".bin", "azurite");
        if (!File.Exists(azurite))
        {
            throw new InvalidOperationException("Azurite is not installed: run `npm ci` in the repository root (scripts/test.sh does).");
        }
        var start = new ProcessStartInfo(azurite)
        {
            ArgumentList =
            {
                "--silent", "--skipApiVersionCheck", "--disableTelemetry", "--location", data,
                "--blobHost", "127.0.0.1", "--blobPort", blob.ToString(System.Globalization.CultureInfo.InvariantCulture),
                "--queueHost", "127.0.0.1", "--queuePort", queue.ToString(System.Globalization.CultureInfo.InvariantCulture),
                "--tableHost", "127.0.0.1", "--tablePort", table.ToString(System.Globalization.CultureInfo.InvariantCulture),
            },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        var process = Process.Start(start) ?? throw new InvalidOperationException("Azurite did not start.");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        foreach (var port in new[] { blob, queue, table })
        {
            await FreePorts.WaitUntilListeningAsync(port, TimeSpan.FromSeconds(60), () => !process.HasExited);
        }
        return process;
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        process.Dispose();
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
