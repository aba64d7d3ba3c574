using System.Reflection;
using System.Text.Json;
using ClearanceWorkflow.Core.Workflows;
using ClearanceWorkflow.Functions.Hosting;
using ClearanceWorkflow.Functions.Scans;
using ClearanceWorkflow.Functions.Tests.Support;
using ClearanceWorkflow.Server;
using ClearanceWorkflow.Service.Configuration;
using ClearanceWorkflow.Service.Documents;
using ClearanceWorkflow.Service.Identity;
using ClearanceWorkflow.Service.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace ClearanceWorkflow.Functions.Tests;

/// <summary>The app's container, its settings and its host.json agree with what the functions and the server need.</summary>
public sealed class WiringTests
{
    private static string SettingsFile(string name) => Path.Combine(AppContext.BaseDirectory, "Settings", name);

    [Fact]
    public async Task TheContainerBuildsEveryFunctionClassHandlerAndActivity()
    {
        await using var services = TestServices.Build();
        var functionClasses = FunctionCatalog.All.Select(f => f.Method).Where(m => !m.IsStatic).Select(m => m.DeclaringType!).Distinct().ToList();
        Assert.NotEmpty(functionClasses);
        foreach (var type in functionClasses)
        {
            Assert.NotNull(ActivatorUtilities.CreateInstance(services, type));
            foreach (var dependency in type.GetConstructors().Single().GetParameters())
            {
                Assert.NotNull(services.GetRequiredService(dependency.ParameterType));
            }
        }
        foreach (var activity in CaseTasks.Activities.Values)
        {
            Assert.NotNull(ActivatorUtilities.GetServiceOrCreateInstance(services, activity));
        }
        Assert.NotNull(services.GetRequiredService<ScanIngestor>());
        Assert.IsType<AppServicePrincipalResolver>(services.GetRequiredService<ICallerResolver>());
        Assert.Contains(services.GetServices<IHostedService>(), s => s is StorageBootstrapService);
    }

    [Fact]
    public void TheSampleSettingsListEverySettingTheAppReads()
    {
        var keys = SampleSettings().Keys.ToList();
        Assert.Equal("UseDevelopmentStorage=true", SampleSettings()[StorageConnection.Setting]);
        Assert.Equal("dotnet-isolated", SampleSettings()["FUNCTIONS_WORKER_RUNTIME"]);
        var options = new[] { (WorkflowOptions.Section, typeof(WorkflowOptions)), (SecurityOptions.Section, typeof(SecurityOptions)) };
        foreach (var (section, type) in options)
        {
            foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanWrite))
            {
                Assert.Contains(keys, k => k.StartsWith($"{section}__{property.Name}", StringComparison.Ordinal));
            }
        }
    }

    [Fact]
    public async Task TheSampleSettingsBindToTheDefaultsAndBuildTheApp()
    {
        var settings = SampleSettings().ToDictionary(kv => kv.Key.Replace("__", ":", StringComparison.Ordinal), kv => (string?)kv.Value);
        await using var services = TestServices.Build(settings);
        var workflow = services.GetRequiredService<IOptions<WorkflowOptions>>().Value;
        Assert.Equal(new WorkflowOptions().StageTargets, workflow.StageTargets);
        Assert.Equal(17.00m, workflow.TermsFor(new DateOnly(2026, 11, 27)).FeeDue);
        Assert.Equal(TimeSpan.FromDays(30), workflow.ApplicantDeadline);
        Assert.NotNull(services.GetRequiredService<AccessCodes>());
    }

    [Fact]
    public void HostJsonRunsTheTaskHubAsTheServerDoes()
    {
        var server = new ConfigurationBuilder().AddJsonFile(SettingsFile("server.appsettings.json")).Build()
            .GetSection(DurableBackendOptions.Section).Get<DurableBackendOptions>()!;
        using var hostJson = JsonDocument.Parse(File.ReadAllText(SettingsFile("functions.host.json")));
        var durable = hostJson.RootElement.GetProperty("extensions").GetProperty("durableTask");
        var provider = durable.GetProperty("storageProvider");

        Assert.Equal(new DurableBackendOptions().TaskHub, server.TaskHub);
        Assert.Equal(server.TaskHub, durable.GetProperty("hubName").GetString());
        Assert.Equal("AzureStorage", provider.GetProperty("type").GetString());
        Assert.Equal(StorageConnection.Setting, provider.GetProperty("connectionName").GetString());
        Assert.Equal(server.PartitionCount, provider.GetProperty("partitionCount").GetInt32());
        Assert.Equal(server.MaxQueuePollingInterval, TimeSpan.Parse(provider.GetProperty("maxQueuePollingInterval").GetString()!, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(server.MaxConcurrentOrchestrations, durable.GetProperty("maxConcurrentOrchestratorFunctions").GetInt32());
        Assert.Equal(server.MaxConcurrentActivities, durable.GetProperty("maxConcurrentActivityFunctions").GetInt32());
    }

    [Fact]
    public void TheHostLogsNoScanNameSinceAStationsFileNameMayHoldAPersonsName()
    {
        using var hostJson = JsonDocument.Parse(File.ReadAllText(SettingsFile("functions.host.json")));
        var levels = hostJson.RootElement.GetProperty("logging").GetProperty("logLevel");
        // At Information the blob trigger logs "New blob detected ... scans/{name}", the function's start its trigger
        // reason with the same name, and the Azure SDK each request's address.
        foreach (var category in new[] { "Host.Triggers.Blob", $"Function.{ScanFunction.Name}", "Azure.Core", "Azure.Storage" })
        {
            Assert.Equal("Warning", levels.GetProperty(category).GetString());
        }
        // The ingestor's own lines name the case, the document id and the quarantine name only: kept.
        Assert.Equal("Information", levels.GetProperty($"Function.{ScanFunction.Name}.User").GetString());
        var server = new ConfigurationBuilder().AddJsonFile(SettingsFile("server.appsettings.json")).Build().GetSection("Logging:LogLevel");
        foreach (var category in new[] { "DurableTask.AzureStorage", "DurableTask.Core" })
        {
            Assert.Equal(server[category], levels.GetProperty(category).GetString());
        }
    }

    [Fact]
    public void AServerKilledHandsOverItsPartitionsBeforeTheMessagesItTookShowAgain()
    {
        // Lease lapse plus one pass of the survivor: within the visibility timeout, which then bounds a crash's stall.
        var defaults = new DurableBackendOptions();
        Assert.True(defaults.LeaseInterval + defaults.LeaseAcquireInterval <= defaults.MessageVisibilityTimeout);
        new ServiceCollection().AddDurableBackend(defaults, new ConfigurationBuilder().Build(), new WakeUp());

        var lapsing = new DurableBackendOptions { LeaseInterval = TimeSpan.FromSeconds(15), LeaseAcquireInterval = TimeSpan.FromSeconds(10) };
        var refused = Assert.Throws<InvalidOperationException>(() => new ServiceCollection().AddDurableBackend(lapsing, new ConfigurationBuilder().Build(), new WakeUp()));
        Assert.Contains("Durable:LeaseInterval", refused.Message, StringComparison.Ordinal);
    }

    private static Dictionary<string, string> SampleSettings()
    {
        using var sample = JsonDocument.Parse(File.ReadAllText(SettingsFile("local.settings.sample.json")));
        return sample.RootElement.GetProperty("Values").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString()!, StringComparer.Ordinal);
    }
}
