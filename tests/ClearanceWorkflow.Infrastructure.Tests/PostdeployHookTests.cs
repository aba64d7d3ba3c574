using System.Diagnostics;
using ClearanceWorkflow.TestSupport;

namespace ClearanceWorkflow.Infrastructure.Tests;

/// <summary>
/// The postdeploy hook provisions once more with the scan subscription after the first deployment, and never again;
/// run here against a stand-in <c>azd</c> that records what it is asked.
/// </summary>
public sealed class PostdeployHookTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("azd-hook-").FullName;

    private string Calls => Path.Combine(folder, "calls.txt");

    public PostdeployHookTests()
    {
        var azd = Path.Combine(folder, "azd");
        File.WriteAllText(azd, $"#!/bin/sh\necho \"$*\" >> '{Calls}'\n");
        File.SetUnixFileMode(azd, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
    }

    [Fact]
    public void TheFirstDeploymentTurnsTheSubscriptionOnAndProvisionsAgain()
    {
        Assert.Equal(0, RunHook(subscribed: null));
        Assert.Equal(["env set SUBSCRIBE_SCAN_EVENTS true", "provision --no-prompt"], File.ReadAllLines(Calls));
    }

    [Fact]
    public void LaterDeploymentsLeaveProvisioningAlone()
    {
        Assert.Equal(0, RunHook(subscribed: "true"));
        Assert.False(File.Exists(Calls));
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private int RunHook(string? subscribed)
    {
        var start = new ProcessStartInfo("sh", [Path.Combine("infra", "hooks", "subscribe-scan-events.sh")])
        {
            WorkingDirectory = RepositoryRoot.Path,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        start.Environment["PATH"] = $"{folder}:{Environment.GetEnvironmentVariable("PATH")}";
        start.Environment.Remove("SUBSCRIBE_SCAN_EVENTS");
        if (subscribed is not null)
        {
            start.Environment["SUBSCRIBE_SCAN_EVENTS"] = subscribed;
        }
        using var process = Process.Start(start)!;
        process.StandardOutput.ReadToEnd();
        Assert.True(process.WaitForExit(TimeSpan.FromMinutes(1)));
        return process.ExitCode;
    }
}
