using System.Text.Json;
using System.Text.RegularExpressions;
using ClearanceWorkflow.Infrastructure.Tests.Support;
using ClearanceWorkflow.TestSupport;

namespace ClearanceWorkflow.Infrastructure.Tests;

/// <summary>azd finds what it made: every resource tagged with the environment, the app with its service, names from the abbreviations.</summary>
public sealed class TagsAndNamesTests
{
    [Fact]
    public void EveryResourceWithALocationCarriesTheEnvironmentTag()
    {
        var tags = CompiledTemplate.Main.GetProperty("variables").GetProperty("tags");
        Assert.Equal("[parameters('environmentName')]", tags.GetProperty("azd-env-name").GetString());
        foreach (var resource in CompiledTemplate.Resources.Where(r => r.Resource.TryGetProperty("location", out _)))
        {
            var tag = resource.Resource.GetProperty("tags").GetString()!;
            Assert.Matches(@"(variables|parameters)\('tags'\)", tag);
        }
        foreach (var module in CompiledTemplate.OfType("Microsoft.Resources/deployments"))
        {
            if (module.Properties.GetProperty("parameters").TryGetProperty("tags", out var passed))
            {
                Assert.Equal("[variables('tags')]", passed.GetProperty("value").GetString());
            }
        }
    }

    [Fact]
    public void TheFunctionAppCarriesTheServiceNameOfAzureYaml()
    {
        var app = CompiledTemplate.OneOf("Microsoft.Web/sites").Resource;
        Assert.Equal("[union(parameters('tags'), createObject('azd-service-name', parameters('serviceName')))]", app.GetProperty("tags").GetString());
        Assert.Equal(AzureYaml.ServiceName, CompiledTemplate.ParametersOf("api").GetProperty("serviceName").GetProperty("defaultValue").GetString());
    }

    [Fact]
    public void NamesComeFromTheAbbreviationsAndTheResourceToken()
    {
        var main = File.ReadAllText(Path.Combine(RepositoryRoot.Path, "infra", "main.bicep"));
        Assert.Contains("var resourceToken = toLower(uniqueString(subscription().id, environmentName, location))", main, StringComparison.Ordinal);
        using var abbreviations = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepositoryRoot.Path, "infra", "abbreviations.json")));
        foreach (var abbreviation in abbreviations.RootElement.EnumerateObject())
        {
            Assert.Contains($"abbrs.{abbreviation.Name}", main, StringComparison.Ordinal);
        }
        var names = Regex.Matches(main, @"^\s+name: '(.*)'$", RegexOptions.Multiline).Select(m => m.Groups[1].Value).ToList();
        Assert.NotEmpty(names);
        Assert.All(names.Where(n => n.Contains("${", StringComparison.Ordinal)), n => Assert.StartsWith("${abbrs.", n, StringComparison.Ordinal));
    }
}
