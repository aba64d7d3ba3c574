using System.Diagnostics;

namespace ClearanceWorkflow.TestSupport;

/// <summary>
/// Azurite from the repository's own npm install, on free loopback ports with a throw-away data folder, so tests
/// never touch a developer's local data or running emulator.
/// </summary>
public sealed class AzuriteProcess : IAsyncDisposable
{
    private const string AccountKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    private readonly Process process;
    private readonly string dataFolder;

    private AzuriteProcess(Process process, string dataFolder, int blobPort, int queuePort, int tablePort)
    {
        this.process = process;
        this.dataFolder = dataFolder;
        ConnectionString = "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;"
            + $"AccountKey={AccountKey};BlobEndpoint=http://127.0.0.1:{blobPort}/devstoreaccount1;"
            + $"QueueEndpoint=http://127.0.0.1:{queuePort}/devstoreaccount1;TableEndpoint=http://127.0.0.1:{tablePort}/devstoreaccount1;";
    }

    /// <summary>The connection string of this emulator.</summary>
    public string ConnectionString { get; }

    /// <summary>Starts Azurite and waits until all three services listen.</summary>
    public static async Task<AzuriteProcess> StartAsync()
    {
        var azurite = Path.Combine(RepositoryRoot.Path, "node_modules", ".bin", "azurite");
        if (!File.Exists(azurite))
        {
            throw new InvalidOperationException("Azurite is not installed: run `npm ci` in the repository root (scripts/test.sh does).");
        }
        var (blob, queue, table) = (FreePorts.Next(), FreePorts.Next(), FreePorts.Next());
        var data = Directory.CreateTempSubdirectory("azurite-test-").FullName;
        var start = new ProcessStartInfo(azurite)
        {
            ArgumentList =
            {
                "--silent", "--skipApiVersionCheck", "--location", data,
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
        var azuriteProcess = new AzuriteProcess(process, data, blob, queue, table);
        foreach (var port in new[] { blob, queue, table })
        {
            await FreePorts.WaitUntilListeningAsync(port, TimeSpan.FromSeconds(60), () => !process.HasExited);
        }
        return azuriteProcess;
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
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
