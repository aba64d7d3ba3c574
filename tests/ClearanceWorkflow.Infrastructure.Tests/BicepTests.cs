using ClearanceWorkflow.Infrastructure.Tests.Support;
using ClearanceWorkflow.TestSupport;

namespace ClearanceWorkflow.Infrastructure.Tests;

/// <summary>The Bicep builds and lints with no warning, and needs nothing from a registry.</summary>
public sealed class BicepTests
{
    private static readonly string Infra = Path.Combine(RepositoryRoot.Path, "infra");

    [Fact]
    public void MainBuildsWithoutAWarning()
    {
        var run = BicepCli.Run("build", "infra/main.bicep", "--stdout");
        Assert.True(run.ExitCode == 0, run.Printed);
        Assert.Equal("", run.Errors.Trim());
        Assert.StartsWith("{", run.Output.TrimStart(), StringComparison.Ordinal);
    }

    [Fact]
    public void MainLintsWithoutAWarning()
    {
        var run = BicepCli.Run("lint", "infra/main.bicep");
        Assert.True(run.ExitCode == 0, run.Printed);
        Assert.Equal("", run.Printed.Trim());
    }

    [Fact]
    public void NoModuleComesFromARegistryAndEveryModuleIsUnderApp()
    {
        var files = Directory.GetFiles(Infra, "*.bicep", SearchOption.AllDirectories);
        Assert.Contains(files, f => f.EndsWith(Path.Combine("infra", "main.bicep"), StringComparison.Ordinal));
        foreach (var file in files)
        {
            foreach (var line in File.ReadLines(file).Where(l => l.TrimStart().StartsWith("module ", StringComparison.Ordinal)))
            {
                Assert.Matches(@"^module \w+ 'app/[\w-]+\.bicep' = ", line);
            }
        }
        Assert.All(Directory.GetFiles(Infra, "*.bicep", SearchOption.AllDirectories).Where(f => Path.GetFileName(f) != "main.bicep"),
            f => Assert.Equal("app", Path.GetFileName(Path.GetDirectoryName(f))));
    }

    [Fact]
    public void TheResourceGroupIsCreatedAtSubscriptionScope()
    {
        Assert.Contains("subscriptionDeploymentTemplate", CompiledTemplate.Main.GetProperty("$schema").GetString(), StringComparison.Ordinal);
        CompiledTemplate.OneOf("Microsoft.Resources/resourceGroups");
    }
}
