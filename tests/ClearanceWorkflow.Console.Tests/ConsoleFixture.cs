using ClearanceWorkflow.TestSupport;
using Microsoft.Playwright;
using Xunit;

namespace ClearanceWorkflow.Console.Tests;

/// <summary>Azurite, the real server and Debian's Chromium driven by Playwright, started once for the browser tests.</summary>
public sealed class ConsoleFixture : IAsyncLifetime
{
    /// <summary>Where Chromium is: <c>CHROMIUM_PATH</c>, else Debian's package.</summary>
    public static string ChromiumPath => Environment.GetEnvironmentVariable("CHROMIUM_PATH") ?? "/usr/bin/chromium";

    /// <summary>Screenshots kept as test output.</summary>
    public static string ScreenshotFolder => Path.Combine(AppContext.BaseDirectory, "screenshots");

    private AzuriteProcess? azurite;
    private IPlaywright? playwright;

    /// <summary>The running server.</summary>
    public ServerProcess Server { get; private set; } = null!;

    /// <summary>The intake portal and the other programs that call the API directly.</summary>
    public ApiClient Api { get; private set; } = null!;

    /// <summary>A scanning station writing to the server's storage.</summary>
    public ScanStation Scanner { get; private set; } = null!;

    /// <summary>The browser.</summary>
    public IBrowser Browser { get; private set; } = null!;

    /// <summary>The console's address.</summary>
    public string ConsoleUrl => new Uri(Server.BaseAddress, "console/").ToString();

    /// <inheritdoc />
    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException($"Chromium is not installed at {ChromiumPath}: run `apt-get install -y chromium` (.ci/run does), or set CHROMIUM_PATH.");
        }
        azurite = await AzuriteProcess.StartAsync();
        Server = new ServerProcess(azurite.ConnectionString, "consolehub", new Dictionary<string, string>
        {
            ["Durable__ClosedCaseArchiveInterval"] = "00:00:01",
        });
        await Server.StartAsync();
        Api = new ApiClient(Server.BaseAddress, () => Server.RecentOutput);
        Scanner = new ScanStation(azurite.ConnectionString);
        // A case moves on as its orchestration runs and the page refreshes: assertions wait for it, within a deadline.
        Assertions.SetDefaultExpectTimeout(30_000);
        playwright = await Playwright.CreateAsync();
        Browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions { ExecutablePath = ChromiumPath, Headless = true });
        Directory.CreateDirectory(ScreenshotFolder);
    }

    /// <inheritdoc />
    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }
        playwright?.Dispose();
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

/// <summary>The browser tests share one server and browser.</summary>
[CollectionDefinition(Name)]
public sealed class ConsoleCollection : ICollectionFixture<ConsoleFixture>
{
    /// <summary>The collection name.</summary>
    public const string Name = "console";
}
