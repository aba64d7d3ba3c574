using ClearanceWorkflow.TestSupport;
using Xunit;

namespace ClearanceWorkflow.EndToEnd.Tests;

/// <summary>One Azurite and one real server for the end-to-end tests, started once and shared.</summary>
public sealed class ServiceFixture : IAsyncLifetime
{
    private AzuriteProcess? azurite;

    /// <summary>The running server.</summary>
    public ServerProcess Server { get; private set; } = null!;

    /// <summary>A client of the server's API.</summary>
    public ApiClient Api { get; private set; } = null!;

    /// <summary>The storage emulator, which a test may take down and bring back.</summary>
    public AzuriteProcess Storage => azurite ?? throw new InvalidOperationException("Not started.");

    /// <summary>The storage account's connection string (for a second server in the same account).</summary>
    public string ConnectionString => azurite?.ConnectionString ?? throw new InvalidOperationException("Not started.");

    /// <summary>Where the server exports its traces, metrics and logs.</summary>
    public OtlpCapture Telemetry { get; } = new();

    /// <summary>A scanning station writing to the server's storage.</summary>
    public ScanStation Scanner { get; private set; } = null!;

    /// <inheritdoc />
    public async Task InitializeAsync()
    {
        azurite = await AzuriteProcess.StartAsync();
        // A supervisor decision overdue in seconds lets the work-queue tests see the flag; no other test waits there long.
        // An exoneration's return visit runs in seconds: the reminder ten seconds before it, a no-show three seconds after.
        Server = new ServerProcess(azurite.ConnectionString, "e2ehub", new Dictionary<string, string>(Telemetry.Settings)
        {
            ["Workflow__StageTargets__SupervisorDecision"] = "00:00:02",
            ["Workflow__ReturnVisitReminderBefore"] = ExonerationJourney.ReminderBefore.ToString(),
            ["Workflow__ReturnVisitGrace"] = ExonerationJourney.Grace.ToString(),
            ["Workflow__NoShowDeadline"] = "00:02:00",
            ["Durable__HistoryPurgeInterval"] = "00:00:01",
            // Closed cases leave the durable backend within a second, so every test of a closed case reads it from there.
            ["Durable__ClosedCaseArchiveInterval"] = "00:00:01",
            // The server's own log levels (appsettings.json: Information, the framework's noisiest categories at
            // Warning), as it runs when deployed, so the whole output the tests search is what an operator's log holds.
            ["Logging__LogLevel__Default"] = "Information",
        });
        await Server.StartAsync();
        Api = new ApiClient(Server.BaseAddress, () => Server.RecentOutput);
        Scanner = new ScanStation(azurite.ConnectionString);
    }

    /// <inheritdoc />
    public async Task DisposeAsync()
    {
        Telemetry.Dispose();
        Api?.Dispose();
        if (Server is not null)
        {
            await Server.DisposeAsync();
        }
        if (azurite is not null)
        {
            await azurite.DisposeAsync();
        }
    }
}

/// <summary>The end-to-end tests share one server and run one at a time (one test kills and restarts it).</summary>
[CollectionDefinition(Name)]
public sealed class EndToEndCollection : ICollectionFixture<ServiceFixture>
{
    /// <summary>The collection name.</summary>
    public const string Name = "end-to-end";
}
