using ClearanceWorkflow.Infrastructure.Tests.Support;
using ClearanceWorkflow.TestSupport;

namespace ClearanceWorkflow.Infrastructure.Tests;

/// <summary>azure.yaml is what azd accepts, and it deploys the Functions app.</summary>
public sealed class AzureYamlTests
{
    [Fact]
    public void AzureYamlIsValidAgainstEveryCopyOfTheAzdSchemaAtHand()
    {
        Assert.Contains(AzureYaml.RepositorySchema, AzureYaml.SchemaCopies);
        foreach (var schema in AzureYaml.SchemaCopies)
        {
            var results = AzureYaml.Validate(AzureYaml.Document, schema);
            Assert.True(results.IsValid, $"{schema}:{Environment.NewLine}{AzureYaml.Describe(results)}");
        }
    }

    [Theory]
    [InlineData("name: Clearance_Workflow\nservices:\n  api:\n    project: ./functions/ClearanceWorkflow.Functions\n    language: dotnet\n    host: function\n")]
    [InlineData("name: clearance-workflow\nservices:\n  api:\n    language: dotnet\n    host: function\n")]
    [InlineData("name: clearance-workflow\nservices:\n  api:\n    project: ./functions/ClearanceWorkflow.Functions\n    language: dotnet\n    host: function\nhooks:\n  postdeploy:\n    posix:\n      shell: sh\n      run: ./x.sh\n      continueOnError: 'no'\n")]
    public void TheSchemaRejectsWhatAzdWouldReject(string yaml)
    {
        // A bad name, a function service without a project, a string where a boolean belongs.
        Assert.False(AzureYaml.Validate(YamlToJson.Convert(yaml), AzureYaml.RepositorySchema).IsValid);
    }

    [Fact]
    public void TheApiServiceIsTheFunctionsProjectHostedAsAFunctionApp()
    {
        var service = AzureYaml.Document.GetProperty("services").GetProperty(AzureYaml.ServiceName);
        Assert.Equal("function", service.GetProperty("host").GetString());
        Assert.Equal("dotnet", service.GetProperty("language").GetString());
        var project = Path.GetFullPath(Path.Combine(RepositoryRoot.Path, service.GetProperty("project").GetString()!));
        Assert.True(File.Exists(Path.Combine(project, "ClearanceWorkflow.Functions.csproj")), project);
        Assert.Single(AzureYaml.Document.GetProperty("services").EnumerateObject());
    }

    [Fact]
    public void ThePostdeployHookScriptsExistAndTheShellOneIsExecutable()
    {
        var postdeploy = AzureYaml.Document.GetProperty("hooks").GetProperty("postdeploy");
        foreach (var platform in new[] { "posix", "windows" })
        {
            var script = Path.Combine(RepositoryRoot.Path, postdeploy.GetProperty(platform).GetProperty("run").GetString()!);
            Assert.True(File.Exists(script), script);
        }
        var posix = Path.Combine(RepositoryRoot.Path, postdeploy.GetProperty("posix").GetProperty("run").GetString()!);
        Assert.True(File.GetUnixFileMode(posix).HasFlag(UnixFileMode.UserExecute), $"{posix} is not executable");
        Assert.Contains("SUBSCRIBE_SCAN_EVENTS", File.ReadAllText(posix), StringComparison.Ordinal);
    }
}
