using System.Diagnostics;
using System.Reflection;
using ClearanceWorkflow.TestSupport;

namespace ClearanceWorkflow.Infrastructure.Tests.Support;

/// <summary>What one run of the Bicep CLI printed and how it ended.</summary>
public sealed record BicepRun(int ExitCode, string Output, string Errors)
{
    /// <summary>Everything printed, for assertion messages.</summary>
    public string Printed => $"{Errors}{Output}";
}

/// <summary>
/// The Bicep CLI that NuGet restored with this project (package <c>Azure.Bicep.CommandLine.linux-x64</c>); the build
/// writes its path into the test assembly, so nothing needs installing and nothing reaches the network.
/// </summary>
public static class BicepCli
{
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(3);

    /// <summary>The binary.</summary>
    public static string Executable { get; } = Locate();

    /// <summary>Runs <c>bicep</c> with <paramref name="arguments"/> in the repository root.</summary>
    public static BicepRun Run(params string[] arguments)
    {
        var start = new ProcessStartInfo(Executable)
        {
            WorkingDirectory = RepositoryRoot.Path,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {Executable}.");
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(Limit))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"bicep {string.Join(' ', arguments)} did not finish within {Limit}.");
        }
        return new BicepRun(process.ExitCode, output.GetAwaiter().GetResult(), errors.GetAwaiter().GetResult());
    }

    private static string Locate()
    {
        var path = typeof(BicepCli).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .SingleOrDefault(a => a.Key == "BicepPath")?.Value;
        if (string.IsNullOrEmpty(path) || !File.Exists(path))
        {
            throw new InvalidOperationException($"The Bicep CLI from the NuGet package was not found ('{path}'); restore the test project.");
        }
        // Some unzip paths drop the execute bit; the owner must be able to run it.
        var mode = File.GetUnixFileMode(path);
        if (!mode.HasFlag(UnixFileMode.UserExecute))
        {
            File.SetUnixFileMode(path, mode | UnixFileMode.UserExecute);
        }
        return path;
    }
}
