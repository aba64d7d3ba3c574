using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;

namespace ClearanceWorkflow.TestSupport;

/// <summary>
/// The real self-hosted server, started from its build output as its own process against a given storage account,
/// so tests can talk HTTP to it and kill it (SIGKILL) like a crashed machine.
/// </summary>
public sealed class ServerProcess : IAsyncDisposable
{
    /// <summary>The API key of each role, as configured for test servers.</summary>
    public static readonly IReadOnlyDictionary<string, string> Keys = new Dictionary<string, string>
    {
        ["intake"] = "test-intake-key-00000000001",
        ["cashier"] = "test-cashier-key-0000000002",
        ["records"] = "test-records-key-0000000003",
        ["investigator"] = "test-investigator-key-00004",
        ["supervisor"] = "test-supervisor-key-0000005",
        ["mailroom"] = "test-mailroom-key-000000006",
        ["auditor"] = "test-auditor-key-00000000007",
        // A senior clerk who may both check records and approve letters, as one person may hold both roles.
        ["senior"] = "test-senior-key-000000000008",
    };

    /// <summary>The roles of each test key: its own name, but for the senior clerk's two.</summary>
    /// <summary>The name the test supervisors sign letters with.</summary>
    public const string SignatoryName = "Sgt. Dana Whitfield";

    /// <summary>The title printed under it.</summary>
    public const string SignatoryTitle = "Supervisor, Records and Identification Division";

    public static IReadOnlyList<string> RolesOf(string key) => key == "senior" ? ["records", "supervisor"] : [key];

    private readonly string connectionString;
    private readonly string taskHub;
    private readonly IReadOnlyDictionary<string, string> extraSettings;
    private readonly int sidecarPort = FreePorts.Next();

    /// <summary>The loopback port of the server's in-process sidecar (its worker and client talk gRPC to it).</summary>
    public int SidecarPort => sidecarPort;
    private readonly ConcurrentQueue<string> output = new();
    private readonly Lock writing = new();
    private StreamWriter? log;
    private Process? process;

    /// <summary>Prepares a server on a free port; call <see cref="StartAsync"/>.</summary>
    public ServerProcess(string connectionString, string taskHub, IReadOnlyDictionary<string, string>? extraSettings = null)
    {
        this.connectionString = connectionString;
        this.taskHub = taskHub;
        this.extraSettings = extraSettings ?? new Dictionary<string, string>();
        Port = FreePorts.Next();
    }

    /// <summary>The HTTP port.</summary>
    public int Port { get; }

    /// <summary>The base address of the API.</summary>
    public Uri BaseAddress => new($"http://127.0.0.1:{Port}/");

    /// <summary>The server's process id while it runs (for a benchmark's memory and CPU figures).</summary>
    public int ProcessId => process?.Id ?? throw new InvalidOperationException("The server is not running.");

    /// <summary>The last lines the server printed (for failure messages).</summary>
    public string RecentOutput => string.Join(Environment.NewLine, output.TakeLast(200));

    /// <summary>The file that keeps every line the server printed, standard output and error, across restarts.</summary>
    public string OutputFile { get; } = Path.Combine(Path.GetTempPath(), $"clearance-server-{Guid.NewGuid():N}.log");

    /// <summary>Everything the server printed since it was first started (all of <see cref="OutputFile"/>).</summary>
    public string WholeOutput()
    {
        lock (writing)
        {
            log?.Flush();
        }
        using var reader = new StreamReader(new FileStream(OutputFile, FileMode.OpenOrCreate, FileAccess.Read, FileShare.ReadWrite));
        return reader.ReadToEnd();
    }

    /// <summary>Starts the process and waits until <c>/api/health</c> answers 200.</summary>
    public async Task StartAsync()
    {
        var dll = ServerAssembly();
        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { dll },
            WorkingDirectory = Path.GetDirectoryName(dll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var (key, value) in Settings())
        {
            start.Environment[key] = value;
        }
        output.Clear();
        lock (writing)
        {
            log ??= new StreamWriter(new FileStream(OutputFile, FileMode.Append, FileAccess.Write, FileShare.ReadWrite));
        }
        process = Process.Start(start) ?? throw new InvalidOperationException("The server did not start.");
        process.OutputDataReceived += (_, e) => Keep(e.Data);
        process.ErrorDataReceived += (_, e) => Keep(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        using var http = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(5) };
        try
        {
            await Poll.UntilAsync(async () =>
            {
                if (process.HasExited)
                {
                    throw new InvalidOperationException($"The server exited with {process.ExitCode}.");
                }
                return (await http.GetAsync(new Uri("api/health", UriKind.Relative))).IsSuccessStatusCode;
            }, healthy => healthy, "the server to report healthy", TimeSpan.FromSeconds(120));
        }
        catch (Exception e) when (e is TimeoutException or InvalidOperationException)
        {
            throw new InvalidOperationException($"The server did not become healthy.{Environment.NewLine}{RecentOutput}", e);
        }
    }

    /// <summary>Kills the process with SIGKILL: no shutdown code runs, as when a machine dies.</summary>
    public async Task KillAsync()
    {
        if (process is { HasExited: false })
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
        process?.Dispose();
        process = null;
    }

    /// <summary>Stops the process as an operator would (SIGTERM: the host shuts down), killing it if it has not within 30 seconds.</summary>
    public async Task StopAsync()
    {
        if (process is { HasExited: false } running)
        {
            using (var term = Process.Start(new ProcessStartInfo("kill") { ArgumentList = { "-TERM", running.Id.ToString(CultureInfo.InvariantCulture) } }))
            {
                await term!.WaitForExitAsync();
            }
            using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(30));
            try
            {
                await running.WaitForExitAsync(patience.Token);
            }
            catch (OperationCanceledException)
            {
                // Still running: killed below, as a crash would end it.
            }
        }
        await KillAsync();
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await KillAsync();
        lock (writing)
        {
            log?.Dispose();
            log = null;
        }
    }

    private Dictionary<string, string> Settings()
    {
        var settings = new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["AzureWebJobsStorage"] = connectionString,
            ["Listen__Port"] = Port.ToString(CultureInfo.InvariantCulture),
            ["Durable__SidecarPort"] = sidecarPort.ToString(CultureInfo.InvariantCulture),
            ["Durable__TaskHub"] = taskHub,
            ["Durable__WorkerId"] = $"{taskHub}-worker",
            ["Security__AccessCodeSecret"] = "test-access-code-secret-0123456789",
            ["Security__PublicRequestsPerMinute"] = "1000",
            ["Logging__LogLevel__Default"] = "Warning",
        };
        var i = 0;
        foreach (var (role, key) in Keys)
        {
            settings[$"Auth__ApiKeys__{i}__Key"] = key;
            settings[$"Auth__ApiKeys__{i}__StaffId"] = $"test-{role}";
            foreach (var (granted, j) in RolesOf(role).Select((r, j) => (r, j)))
            {
                settings[$"Auth__ApiKeys__{i}__Roles__{j}"] = granted;
            }
            i++;
        }
        // The supervisors who sign letters, as the unit lists them (Staff:Signatories).
        foreach (var (signer, k) in new[] { "supervisor", "senior" }.Select((r, k) => (r, k)))
        {
            settings[$"Staff__Signatories__{k}__StaffId"] = $"test-{signer}";
            settings[$"Staff__Signatories__{k}__Name"] = SignatoryName;
            settings[$"Staff__Signatories__{k}__Title"] = SignatoryTitle;
        }
        foreach (var (key, value) in extraSettings)
        {
            settings[key] = value;
        }
        return settings;
    }

    private void Keep(string? line)
    {
        if (line is null)
        {
            return;
        }
        output.Enqueue(line);
        lock (writing)
        {
            log?.WriteLine(line);
        }
        while (output.Count > 500)
        {
            output.TryDequeue(out _);
        }
    }

    /// <summary>The server's built assembly, of the test's own build configuration.</summary>
    public static string ServerAssembly()
    {
        // The test's own build configuration (Debug/Release) is the server's too.
        var configuration = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Parent!.Name;
        var dll = Path.Combine(RepositoryRoot.Path, "functions", "ClearanceWorkflow.Server", "bin", configuration, "net10.0", "ClearanceWorkflow.Server.dll");
        return File.Exists(dll) ? dll : throw new InvalidOperationException("The server is not built; build the solution first.");
    }
}
