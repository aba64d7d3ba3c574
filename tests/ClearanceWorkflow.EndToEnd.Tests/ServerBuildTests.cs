using System.Text.Json.Nodes;
using ClearanceWorkflow.TestSupport;
using Xunit;

namespace ClearanceWorkflow.EndToEnd.Tests;

/// <summary>What the server is built with, as the runtime reads it when the server starts.</summary>
public sealed class ServerBuildTests
{
    [Fact]
    public void The_server_runs_with_the_workstation_collector_that_keeps_5000_open_cases_within_100_MB()
    {
        // The web SDK's default, the server collector, kept several times the live heap committed (README, Memory): the
        // project turns it off. A misspelt MSBuild property once left it on with nothing to say so.
        var runtimeConfig = Path.ChangeExtension(ServerProcess.ServerAssembly(), ".runtimeconfig.json");
        var options = JsonNode.Parse(File.ReadAllText(runtimeConfig))!["runtimeOptions"]!["configProperties"]!;

        Assert.False((bool?)options["System.GC.Server"] ?? true, $"{Path.GetFileName(runtimeConfig)} turns the server collector on");
        Assert.True((bool?)options["System.GC.Concurrent"] ?? true, "background collection is off");
    }
}
